# statistics: exact means/variances as CPython rounds them, errors.
import statistics as st
scores = [88, 92, 79, 93, 85, 92, 70]
print(st.mean(scores), st.mean([1, 2, 3]), st.median(scores), st.median([1, 2, 3, 4]), st.variance(scores), st.stdev(scores), st.pvariance(scores), st.pstdev(scores))
print(st.mean([1, 2.5, True]), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.mode(["red", "blue", "blue", "red", "green"]), st.multimode([]), st.quantiles(range(1, 11), n=10), st.quantiles([1, 5, 9], method="inclusive"))
print(st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]), st.fmean([3.5, 4.0, 5.25]), st.mean([0.1] * 10), st.variance([1, 2], 1.5))
for f, arg in [(st.stdev, [1]), (st.variance, []), (st.median, []), (st.mode, []), (st.pvariance, [])]:
    try: f(arg)
    except st.StatisticsError as e: print(f.__name__, "->", e)
print(isinstance(st.StatisticsError(), ValueError), st.mean([float("inf"), 1.0]))
