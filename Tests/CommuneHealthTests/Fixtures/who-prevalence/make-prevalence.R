# Writes expected.csv: WHO's anthro_prevalence for the children of children.csv, per unit
# (the communes A, B, C and their district, A + B + C). See README.md.
library(anthro)
children <- read.csv("children.csv", colClasses = "character", na.strings = "")
units <- list(A = "A", B = "B", C = "C", district = c("A", "B", "C"))
rows <- list()
for (unit in names(units)) {
  x <- children[children$unit %in% units[[unit]], , drop = FALSE]
  res <- suppressWarnings(anthro_prevalence(
    sex = as.integer(x$sex), age = as.numeric(x$age), is_age_in_month = FALSE,
    weight = as.numeric(x$weight), lenhei = as.numeric(x$lenhei), measure = x$measure,
    oedema = x$oedema, typeres = x$typeres, mothered = x$poverty, othergr = x$ethnicity))
  # The tool's own groups in anthro's optional slots: poverty as maternal education,
  # ethnicity as the other grouping; renamed as the tool names them.
  res$Group <- sub("^Maternal education: ", "Poverty status: ", res$Group)
  res$Group <- sub("^Other grouping: ", "Ethnicity: ", res$Group)
  rows[[unit]] <- cbind(unit = unit, res)
}
out <- do.call(rbind, rows)
for (col in names(out)) {
  if (is.numeric(out[[col]])) {
    v <- out[[col]]
    out[[col]] <- ifelse(is.na(v), "", sprintf("%.17g", v))
  }
}
write.csv(out, "expected.csv", row.names = FALSE, na = "")
