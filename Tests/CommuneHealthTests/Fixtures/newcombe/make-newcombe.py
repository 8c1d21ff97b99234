# Newcombe's hybrid score interval (method 10) for p_last - p_first, 95%, from statsmodels.
# Run: python3 make-newcombe.py > newcombe.csv
import statsmodels, scipy, sys
from statsmodels.stats.proportion import confint_proportions_2indep
cases = [
    # x_first, n_first, x_last, n_last
    (56, 70, 48, 80),    # Newcombe (1998) table II example (a): 56/70 vs 48/80
    (9, 10, 3, 10),      # example (b)
    (6, 7, 2, 7),        # example (c)
    (5, 56, 0, 29),      # example (d)
    (0, 10, 0, 20),      # example (e)
    (0, 10, 0, 10),      # example (f)
    (10, 10, 0, 20),     # example (g)
    (10, 10, 0, 10),     # example (h)
    (106, 311, 75, 303), # stunting-like, beyond noise
    (20, 60, 15, 58),    # within noise
    (2946, 3000, 2982, 3000),  # coverage-like
    (550, 550, 548, 550),      # x = n in first
    (1, 1, 0, 1),
    (3, 45, 9, 52),
    # The communes of Fixtures/review (ReviewTests)
    (40, 100, 18, 100), (95, 100, 100, 100), (30, 60, 25, 60), (100, 100, 95, 100),
    (5, 60, 20, 60), (60, 60, 60, 60), (5, 20, 2, 20), (25, 25, 24, 25),
    # SampleData on today's map, 2021 -> 2025: province 08 stunting and coverage, 02287 Xã Chiêm Hóa (ReviewTests)
    (121, 390, 112, 373), (3893, 4000, 3958, 4000), (34, 108, 54, 110), (970, 987, 987, 987),
]
print("xFirst,nFirst,xLast,nLast,low,high")
for x1, n1, x2, n2 in cases:
    low, high = confint_proportions_2indep(x2, n2, x1, n1, method="newcomb", compare="diff", alpha=0.05)
    print(f"{x1},{n1},{x2},{n2},{float(low)!r},{float(high)!r}")
