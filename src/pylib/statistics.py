"""Basic statistics (a subset of CPython's statistics module).

As in CPython, sums are exact: every value is turned into an integer
ratio, so mean/variance/stdev round like CPython's (the square root too,
by round-to-odd). Decimal and Fraction inputs are not supported.
"""

import math
from collections import Counter

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean',
           'mean', 'median', 'median_high', 'median_low', 'mode',
           'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev',
           'variance']


class StatisticsError(ValueError):
    pass


def _ratio(x):
    # (numerator, denominator) of an int or float, or None for inf/nan.
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if math.isfinite(x):
            return x.as_integer_ratio()
        return None
    raise TypeError("can't convert type '%s' to numerator/denominator"
                    % type(x).__name__)


def _reduce(n, d):
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    return n // g, d // g


def _add(a, b):
    return _reduce(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _sum(data):
    # (type, exact total as (n, d) or a float inf/nan, count)
    T = int
    total = (0, 1)
    special = None
    count = 0
    for x in data:
        count += 1
        if isinstance(x, float):
            T = float
        elif not isinstance(x, int):
            raise TypeError("can't convert type '%s' to numerator/denominator"
                            % type(x).__name__)
        r = _ratio(x)
        if r is None:
            special = x if special is None else special + x
        else:
            total = _add(total, r)
    return T, (special if special is not None else total), count


def _convert(value, T):
    # An exact (n, d) as type T (int when it is integral and T is int).
    if isinstance(value, float):
        return value
    n, d = value
    if T is int and d == 1:
        return n
    return n / d


def _div(value, k):
    if isinstance(value, float):
        return value / k
    return _reduce(value[0], value[1] * k)


def mean(data):
    """Return the sample arithmetic mean of data."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(_div(total, n), T)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    if weights is None:
        data = list(data)
        n = len(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    data, weights = list(data), list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data."""
    data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if x < 0:
            raise StatisticsError(errmsg)
        return x
    weights = [1] * n if weights is None else list(weights)
    if len(weights) != n:
        raise StatisticsError('Number of weights does not match data size')
    sum_weights = sum(weights)
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    if any(x == 0 for x in data):
        return 0
    T, total, _ = _sum(w / x for w, x in zip(weights, data))
    if isinstance(total, float):
        return _convert(sum_weights / total, T)
    if total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    sw = _ratio(sum_weights)
    return _convert(_reduce(sw[0] * total[1], sw[1] * total[0]), T)


def median(data):
    """Return the median (middle value) of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def mode(data):
    """Return the most common data point (the first one on a tie)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """Return a list of the most frequently occurring values."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n continuous intervals with equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))


def _ss(data, c=None):
    # (type, sum of squared deviations as (n, d) or float, count)
    data = list(data)
    if c is not None:
        T, total, count = _sum((x - c) * (x - c) for x in data)
        return T, total, count
    T, total, count = _sum(data)
    if isinstance(total, float) or not count:
        return T, total, count
    sx = total
    sxx = (0, 1)
    for x in data:
        r = _ratio(x)
        sxx = _add(sxx, (r[0] * r[0], r[1] * r[1]))
    # (count * sxx - sx * sx) / count, exactly
    num = _add((count * sxx[0], sxx[1]), (-sx[0] * sx[0], sx[1] * sx[1]))
    return T, _div(num, count), count


def _isqrt_frac_rto(n, m):
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    # Correctly rounded sqrt(n/m) (CPython's statistics._float_sqrt_of_frac).
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        numerator = _isqrt_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _isqrt_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def variance(data, xbar=None):
    """Return the sample variance of data."""
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(_div(ss, n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of data."""
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(_div(ss, n), T)


def _sqrt(value):
    if isinstance(value, float):
        return math.sqrt(value)
    return _float_sqrt_of_frac(value[0], value[1])


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt(_div(ss, n - 1))


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt(_div(ss, n))
