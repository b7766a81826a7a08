#include "normalequations.h"

#include <cmath>

namespace greenlight {
namespace {

// Σ a[i] b[i] with four partial sums, so that the additions overlap (no -ffast-math needed).
double dot(const double* a, const double* b, std::size_t n)
{
    double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        s0 += a[i] * b[i];
        s1 += a[i + 1] * b[i + 1];
        s2 += a[i + 2] * b[i + 2];
        s3 += a[i + 3] * b[i + 3];
    }
    for (; i < n; ++i)
        s0 += a[i] * b[i];
    return (s0 + s1) + (s2 + s3);
}

} // namespace

NormalEquations::NormalEquations(std::size_t features)
    : m_features(features), m_shiftX(features, 0.0), m_sumX(features, 0.0),
      m_sumXX(features * features, 0.0), m_sumXY(features, 0.0),
      m_scratch(features, 0.0)
{
}

void NormalEquations::add(std::span<const double> x, double y, double weight)
{
    const std::size_t p = m_features;
    if (m_rows == 0) {
        for (std::size_t k = 0; k < p; ++k)
            m_shiftX[k] = x[k];
        m_shiftY = y;
    }
    ++m_rows;
    m_weight += weight;
    const double dy = y - m_shiftY;
    m_sumY += weight * dy;
    double* d = m_scratch.data();
    for (std::size_t k = 0; k < p; ++k)
        d[k] = x[k] - m_shiftX[k];
    for (std::size_t a = 0; a < p; ++a) {
        const double wa = weight * d[a];
        m_sumX[a] += wa;
        m_sumXY[a] += wa * dy;
        double* row = &m_sumXX[a * p];
        for (std::size_t b = 0; b <= a; ++b)
            row[b] += wa * d[b];
    }
}

void NormalEquations::addColumns(std::span<const double> columns, std::span<const double> y,
                                 std::span<const double> weights)
{
    const std::size_t p = m_features;
    const std::size_t count = y.size();
    if (count == 0)
        return;
    if (m_rows == 0) {
        for (std::size_t k = 0; k < p; ++k)
            m_shiftX[k] = columns[k * count];
        m_shiftY = y[0];
    }
    m_rows += count;
    // Shifted columns and weighted shifted target; the sums below are plain dot products.
    std::vector<double> d(p * count);
    for (std::size_t k = 0; k < p; ++k) {
        const double shift = m_shiftX[k];
        for (std::size_t r = 0; r < count; ++r)
            d[k * count + r] = columns[k * count + r] - shift;
    }
    std::vector<double> wdy(count);
    double sumW = 0.0;
    double sumWdy = 0.0;
    for (std::size_t r = 0; r < count; ++r) {
        wdy[r] = weights[r] * (y[r] - m_shiftY);
        sumW += weights[r];
        sumWdy += wdy[r];
    }
    m_weight += sumW;
    m_sumY += sumWdy;
    // Weighted shifted columns, then every sum is one dot product.
    std::vector<double> wd(p * count);
    for (std::size_t k = 0; k < p; ++k) {
        for (std::size_t r = 0; r < count; ++r)
            wd[k * count + r] = d[k * count + r] * weights[r];
    }
    const std::vector<double> ones(count, 1.0);
    for (std::size_t a = 0; a < p; ++a) {
        const double* wda = &wd[a * count];
        m_sumX[a] += dot(wda, ones.data(), count);
        m_sumXY[a] += dot(wdy.data(), &d[a * count], count);
        for (std::size_t b = 0; b <= a; ++b)
            m_sumXX[a * p + b] += dot(wda, &d[b * count], count);
    }
}

std::optional<std::vector<double>> NormalEquations::solve(double ridge) const
{
    const std::size_t p = m_features;
    if (m_rows == 0 || !(m_weight > 0.0))
        return std::nullopt;
    std::vector<double> meanX(p);
    for (std::size_t k = 0; k < p; ++k)
        meanX[k] = m_sumX[k] / m_weight;
    const double meanY = m_sumY / m_weight;

    // Covariances, then correlations of the features that vary.
    std::vector<double> sd(p, 0.0);
    for (std::size_t k = 0; k < p; ++k) {
        const double variance = m_sumXX[k * p + k] / m_weight - meanX[k] * meanX[k];
        sd[k] = variance > 1e-12 ? std::sqrt(variance) : 0.0;
    }
    std::vector<double> a(p * p, 0.0);
    std::vector<double> rhs(p, 0.0);
    for (std::size_t i = 0; i < p; ++i) {
        if (sd[i] == 0.0) {
            a[i * p + i] = 1.0; // pins the coefficient of a constant feature to 0
            continue;
        }
        for (std::size_t j = 0; j <= i; ++j) {
            if (sd[j] == 0.0)
                continue;
            const double covariance = m_sumXX[i * p + j] / m_weight - meanX[i] * meanX[j];
            a[i * p + j] = a[j * p + i] = covariance / (sd[i] * sd[j]);
        }
        a[i * p + i] += ridge;
        rhs[i] = (m_sumXY[i] / m_weight - meanX[i] * meanY) / sd[i];
    }

    // Cholesky a = L Lᵀ in place (lower triangle).
    for (std::size_t j = 0; j < p; ++j) {
        double d = a[j * p + j];
        for (std::size_t k = 0; k < j; ++k)
            d -= a[j * p + k] * a[j * p + k];
        if (!(d > 1e-12))
            return std::nullopt;
        d = std::sqrt(d);
        a[j * p + j] = d;
        for (std::size_t i = j + 1; i < p; ++i) {
            double s = a[i * p + j];
            for (std::size_t k = 0; k < j; ++k)
                s -= a[i * p + k] * a[j * p + k];
            a[i * p + j] = s / d;
        }
    }
    // Forward and back substitution.
    std::vector<double> z(p);
    for (std::size_t i = 0; i < p; ++i) {
        double s = rhs[i];
        for (std::size_t k = 0; k < i; ++k)
            s -= a[i * p + k] * z[k];
        z[i] = s / a[i * p + i];
    }
    for (std::size_t i = p; i-- > 0;) {
        double s = z[i];
        for (std::size_t k = i + 1; k < p; ++k)
            s -= a[k * p + i] * z[k];
        z[i] = s / a[i * p + i];
    }

    std::vector<double> beta(p + 1, 0.0);
    double intercept = meanY + m_shiftY;
    for (std::size_t k = 0; k < p; ++k) {
        if (sd[k] == 0.0)
            continue;
        beta[k + 1] = z[k] / sd[k];
        intercept -= beta[k + 1] * (meanX[k] + m_shiftX[k]);
    }
    beta[0] = intercept;
    return beta;
}

} // namespace greenlight
