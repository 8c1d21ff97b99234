# Writes anthro-zscores.csv: the z-scores and flags that WHO's R package anthro
# (WorldHealthOrganization/anthro, release 1.1.0) computes for the cases below. The cases are
# the edges of growth-indicators-v1 §2 and health-station-export-v1 §3, then 3,000 random ones
# with a fixed seed. See README.md beside this file. CI never runs this script.
#
#   Rscript make-vectors.R        (in this folder, with the anthro package installed)
#
# Each case is what a health station records: sex, age in days, heightCm as written, position
# (lying, standing or absent), weightKg as written (or absent), oedema. anthro is given exactly
# that (measure "l", "h" or NA), so that it applies its own 9-month and 0.7 cm rules.
#
# Columns of the CSV:
#   id, case            row number, and the edge (or "random") the row is for
#   sex, age_days, height_cm, position, weight_kg, oedema    the inputs, as written
#   adjusted_cm         anthro's clenhei, written with 2 decimals
#   c9mo_flag           1 when anthro dropped a standing position under 9 months
#   zlen flen zwei fwei zwfl fwfl zbmi fbmi    anthro_zscores() on those inputs
# z-scores are written with 2 decimals (anthro rounds them so); empty when anthro gives NA.
#
# anthro adjusts and compares h in binary floating point; the spec compares it as an exact
# decimal. The script runs anthro a second time with the adjusted height given as the decimal
# it is (adjusted_cm read back, measure NA so that nothing is adjusted twice) and stops unless
# every z-score and flag is the same both ways, so each row holds for both readings.

suppressPackageStartupMessages(library(anthro))
stopifnot(packageVersion("anthro") >= "1.1.0")
RNGkind("Mersenne-Twister", "Inversion", "Rejection")
set.seed(20250601)

ns <- asNamespace("anthro")
tables <- list(
  wfa = get("growthstandards_weianthro", envir = ns),
  len = get("growthstandards_lenanthro", envir = ns),
  bmi = get("growthstandards_bmianthro", envir = ns),
  wfl = get("growthstandards_wflanthro", envir = ns),
  wfh = get("growthstandards_wfhanthro", envir = ns)
)
sexcode <- function(sex) ifelse(sex == "M", 1L, 2L)

# L, M, S of a table for one sex at one age (days) or length (cm, on a 0.1 cm row).
lms_at <- function(table, sex, key) {
  t <- tables[[table]]
  row <- t[t[[1]] == sexcode(sex) & abs(t[[2]] - key) < 1e-9, ]
  stopifnot(nrow(row) == 1)
  c(l = row$l, m = row$m, s = row$s)
}

# The measurement at z standard deviations, inverting the restricted z-score beyond +-3.
value_at_z <- function(p, z) {
  sdk <- function(k) p[["m"]] * (1 + p[["l"]] * p[["s"]] * k)^(1 / p[["l"]])
  if (z > 3) return(sdk(3) + (z - 3) * (sdk(3) - sdk(2)))
  if (z < -3) return(sdk(-3) + (z + 3) * (sdk(-2) - sdk(-3)))
  sdk(z)
}
median_height <- function(sex, age) lms_at("len", sex, age)[["m"]]

cases <- data.frame(case = character(), sex = character(), age_days = integer(),
                    height_cm = character(), position = character(), weight_kg = character(),
                    oedema = character(), stringsAsFactors = FALSE)
add <- function(case, sex, age, height, position, weight, oedema = "false") {
  cases[nrow(cases) + 1L, ] <<- list(case, sex, as.integer(age), height, position, weight, oedema)
}
fmt <- function(x, digits) sprintf(paste0("%.", digits, "f"), x)

run_anthro <- function(sex, age, height, position, weight, oedema) {
  measure <- ifelse(position == "lying", "l", ifelse(position == "standing", "h", NA_character_))
  anthro_zscores(
    sex = sexcode(sex), age = as.numeric(age), is_age_in_month = FALSE,
    weight = ifelse(weight == "", NA_real_, as.numeric(weight)),
    lenhei = as.numeric(height), measure = measure,
    oedema = ifelse(oedema == "true", "y", "n")
  )
}

# The first weight (3 decimals) near `guess` whose z-score `column` rounds to `target`.
find_weight <- function(sex, age, height, position, guess, column, target) {
  weights <- fmt(seq(guess - 0.3, guess + 0.3, by = 0.001), 3)
  weights <- weights[as.numeric(weights) > 0]
  n <- length(weights)
  z <- run_anthro(rep(sex, n), rep(age, n), rep(height, n), rep(position, n), weights,
                  rep("false", n))[[column]]
  hit <- which(!is.na(z) & abs(z - target) < 1e-9)
  if (length(hit) == 0) stop(paste("no weight gives", column, "=", target, "for", sex, age, height))
  weights[hit[1]]
}

# --- The restricted formula above +3 and below -3 SD (WAZ, WHZ, BAZ). -----------------------
for (z in c(-5.5, -4.5, -3.4, -3.0, -2.5, 2.5, 3.0, 3.4, 4.5, 5.5)) {
  h <- fmt(median_height("M", 365), 1)
  add("restricted-waz", "M", 365, h, "lying", fmt(value_at_z(lms_at("wfa", "M", 365), z), 3))
  h <- fmt(median_height("F", 1000), 1)
  add("restricted-waz", "F", 1000, h, "standing", fmt(value_at_z(lms_at("wfa", "F", 1000), z), 3))
  add("restricted-whz", "F", 500, "75.0", "lying", fmt(value_at_z(lms_at("wfl", "F", 75.0), z), 3))
  add("restricted-whz", "M", 1200, "95.0", "standing", fmt(value_at_z(lms_at("wfh", "M", 95.0), z), 3))
  # BAZ: weight from the BMI at z and a median height.
  h <- round(median_height("M", 100), 1)
  add("restricted-baz", "M", 100, fmt(h, 1), "lying",
      fmt(value_at_z(lms_at("bmi", "M", 100), z) * (h / 100)^2, 3))
  h <- round(median_height("F", 1700), 1)
  add("restricted-baz", "F", 1700, fmt(h, 1), "standing",
      fmt(value_at_z(lms_at("bmi", "F", 1700), z) * (h / 100)^2, 3))
}

# --- On a 0.1 cm row, half-way between two rows, and elsewhere between them. ----------------
for (h in c("70.3", "70.35", "70.37", "70.31", "70.39", "109.9", "109.95", "110.0")) {
  add("row-interpolation", "M", 300, h, "lying", "8.5")
  add("row-interpolation", "F", 600, h, "", "9.1")
}
for (h in c("90.0", "90.05", "90.04", "119.95", "119.9", "65.05", "92.6", "92.55")) {
  add("row-interpolation", "F", 1000, h, "standing", "13.2")
  add("row-interpolation", "M", 1400, h, "", "14.4")
}

# --- Table bounds and just outside, written and after the 0.7 cm rule. ----------------------
for (sex in c("M", "F")) {
  for (h in c("45.0", "110.0", "44.9", "110.1", "44.99", "110.01")) {
    add("length-bounds", sex, 400, h, "lying", "9.5")
    add("length-bounds", sex, 700, h, "", "10.5")
  }
  for (h in c("65.0", "120.0", "64.9", "120.1", "64.99", "120.01")) {
    add("height-bounds", sex, 1000, h, "standing", "12.5")
    add("height-bounds", sex, 1826, h, "", "16.0")
  }
  # heightCm - 0.7 (lying from 731 days) and + 0.7 (standing under 731 days) onto the bounds.
  for (h in c("65.7", "120.7", "65.6", "120.8", "65.69", "120.71")) {
    add("adjusted-bounds", sex, 1000, h, "lying", "12.5")
  }
  for (h in c("44.3", "109.3", "44.2", "109.4", "44.29", "109.31")) {
    add("adjusted-bounds", sex, 400, h, "standing", "9.5")
    add("adjusted-bounds", sex, 730, h, "standing", "10.5")
  }
}

# --- Ages 730 and 731, each position; standing under 9 months; 1826 and 1827 days. -----------
for (sex in c("M", "F")) {
  for (age in c(730, 731)) for (pos in c("lying", "standing", "")) {
    add("age-730-731", sex, age, "84.0", pos, "11.5")
    add("age-730-731", sex, age, "85.35", pos, "10.25")
  }
  for (age in c(0, 100, 273, 274)) for (pos in c("lying", "standing", "")) {
    add("standing-under-9-months", sex, age, fmt(median_height(sex, age) - 1, 1), pos,
        fmt(value_at_z(lms_at("wfa", sex, age), 0.5), 3))
  }
  for (age in c(1825, 1826, 1827, 1856, 1857)) for (pos in c("standing", "lying")) {
    add("age-1826-1827", sex, age, "108.0", pos, "17.8")
  }
  add("age-1826-1827", sex, 0, "50.0", "", "3.3")
}

# --- Oedema, with and without a weight; weight missing. --------------------------------------
for (sex in c("M", "F")) {
  add("oedema", sex, 200, "65.0", "lying", "6.2", "true")
  add("oedema", sex, 200, "65.0", "lying", "", "true")
  add("oedema", sex, 1200, "88.0", "standing", "10.1", "true")
  add("oedema", sex, 1200, "88.0", "standing", "", "true")
  add("oedema", sex, 1200, "64.0", "standing", "7.1", "true")
  add("oedema", sex, 1827, "105.0", "standing", "15.0", "true")
  add("weight-missing", sex, 200, "65.0", "lying", "")
  add("weight-missing", sex, 1200, "88.0", "standing", "")
  add("weight-missing", sex, 1000, "64.9", "standing", "")
}

# --- Flag edges: rounded WAZ 5.00 / 5.01 and -6.00 / -6.01; WHZ and BAZ +-5.00 / +-5.01. ------
flag_targets <- list(
  list("waz-flag-edge", "M", 200, "lying", "wfa", "zwei", c(5, 5.01, -6, -6.01)),
  list("waz-flag-edge", "F", 900, "standing", "wfa", "zwei", c(5, 5.01, -6, -6.01)),
  list("waz-flag-edge", "M", 30, "", "wfa", "zwei", c(-6, -6.01)),
  list("whz-flag-edge", "F", 400, "lying", "wfl", "zwfl", c(5, 5.01, -5, -5.01)),
  list("whz-flag-edge", "M", 1100, "standing", "wfh", "zwfl", c(5, 5.01, -5, -5.01)),
  list("baz-flag-edge", "M", 600, "lying", "bmi", "zbmi", c(5, 5.01, -5, -5.01)),
  list("baz-flag-edge", "F", 1700, "", "bmi", "zbmi", c(5, 5.01, -5, -5.01))
)
for (t in flag_targets) {
  sex <- t[[2]]; age <- t[[3]]; pos <- t[[4]]
  h <- round(median_height(sex, age), 1)
  if (t[[5]] == "wfl" || t[[5]] == "wfh") h <- h + 0.05   # between two rows
  for (target in t[[7]]) {
    guess <- switch(t[[5]],
      wfa = value_at_z(lms_at("wfa", sex, age), target),
      bmi = value_at_z(lms_at("bmi", sex, age), target) * (h / 100)^2,
      value_at_z(lms_at(t[[5]], sex, round(h - 0.05, 1)), target))
    add(t[[1]], sex, age, fmt(h, 2), pos, find_weight(sex, age, fmt(h, 2), pos, guess, t[[6]], target))
  }
}

# --- Length/height-for-age beyond +-6 (flen). -------------------------------------------------
add("haz-flag", "M", 400, fmt(median_height("M", 400) * (1 - 6.3 * lms_at("len", "M", 400)[["s"]]), 1), "lying", "5.0")
add("haz-flag", "F", 1500, fmt(median_height("F", 1500) * (1 + 6.2 * lms_at("len", "F", 1500)[["s"]]), 1), "standing", "20.0")

# --- 3,000 random cases. ----------------------------------------------------------------------
for (i in seq_len(3000)) {
  sex <- sample(c("M", "F"), 1)
  age <- sample.int(1827, 1) - 1L
  pos <- sample(c("lying", "standing", ""), 1)
  p <- lms_at("len", sex, age)
  h <- p[["m"]] * (1 + p[["s"]] * runif(1, -4, 4))
  if (age < 731 && pos == "standing") h <- h - 0.7
  if (age >= 731 && pos == "lying") h <- h + 0.7
  h <- fmt(h, sample(c(1, 2), 1))
  # Half the weights from weight-for-age, half from weight-for-length/height at h's row.
  adjusted <- as.numeric(h) + ifelse(age < 731 && pos == "standing", 0.7, 0) -
    ifelse(age >= 731 && pos == "lying", 0.7, 0)
  row <- floor(adjusted * 10 + 1e-9) / 10
  wtable <- if (age < 731) "wfl" else "wfh"
  in_table <- if (age < 731) row >= 45 && row <= 110 else row >= 65 && row <= 120
  p <- if (in_table && runif(1) < 0.5) lms_at(wtable, sex, row) else lms_at("wfa", sex, age)
  w <- fmt(value_at_z(p, runif(1, -5, 5)), sample(c(1, 2, 3), 1))
  if (as.numeric(w) <= 0) w <- "0.5"
  if (runif(1) < 0.02) w <- ""
  oedema <- if (runif(1) < 0.03) "true" else "false"
  add("random", sex, age, h, pos, w, oedema)
}

# --- anthro, as recorded, then with the adjusted height as an exact decimal. -----------------
a <- with(cases, run_anthro(sex, age_days, height_cm, position, weight_kg, oedema))
adjusted <- fmt(a$clenhei, 2)
exact <- anthro_zscores(
  sex = sexcode(cases$sex), age = as.numeric(cases$age_days), is_age_in_month = FALSE,
  weight = ifelse(cases$weight_kg == "", NA_real_, as.numeric(cases$weight_kg)),
  lenhei = as.numeric(adjusted), measure = NA_character_,
  oedema = ifelse(cases$oedema == "true", "y", "n")
)
z <- function(x) ifelse(is.na(x), "", sprintf("%.2f", x))
f <- function(x) ifelse(is.na(x), "", as.character(x))
for (column in c("zwei", "fwei", "zwfl", "fwfl", "zbmi", "fbmi")) {
  if (!identical(z(a[[column]]), z(exact[[column]]))) stop(paste(column, "differs with h as an exact decimal"))
}
out <- data.frame(
  id = seq_len(nrow(cases)), case = cases$case, sex = cases$sex, age_days = cases$age_days,
  height_cm = cases$height_cm, position = cases$position, weight_kg = cases$weight_kg,
  oedema = cases$oedema, adjusted_cm = adjusted, c9mo_flag = a$c9mo_flag,
  zlen = z(a$zlen), flen = f(a$flen), zwei = z(a$zwei), fwei = f(a$fwei),
  zwfl = z(a$zwfl), fwfl = f(a$fwfl), zbmi = z(a$zbmi), fbmi = f(a$fbmi)
)
write.csv(out, "anthro-zscores.csv", row.names = FALSE, quote = FALSE)
cat(nrow(out), "rows written to anthro-zscores.csv\n")
