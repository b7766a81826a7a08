// Weighted least squares with an intercept and a ridge penalty, accumulated row by row and solved
// by Cholesky on the standardised normal equations. Small and dependency-free: our models have
// a handful of features, so a p × p solve costs next to nothing.
//
//   NormalEquations ls(3);
//   for (const Row& r : rows) ls.add(r.features, r.target);
//   std::optional<std::vector<double>> beta = ls.solve(1e-3); // beta[0] is the intercept
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace greenlight {

class NormalEquations {
public:
    explicit NormalEquations(std::size_t features);

    std::size_t features() const { return m_features; }
    std::size_t rows() const { return m_rows; }

    void add(std::span<const double> x, double y, double weight = 1.0);
    // Many rows at once, the same as add() row by row but several times faster: `columns` holds
    // features() columns of y.size() values each, one after the other (column-major).
    void addColumns(std::span<const double> columns, std::span<const double> y,
                    std::span<const double> weights);

    // Minimises Σ w (y - b0 - b·x)² / Σ w + ridge × Σ (b_k × sd_k)²: the penalty acts on
    // standardised features and never on the intercept, so it does not depend on units. Returns
    // {b0, b1, ..., bp}; features that never vary get 0. nullopt without rows or when the system
    // is not positive definite (ridge = 0 with collinear features).
    std::optional<std::vector<double>> solve(double ridge) const;

private:
    std::size_t m_features;
    std::size_t m_rows = 0;
    double m_weight = 0.0;
    // Sums about a shift (the first row) so that the centred moments lose no precision.
    std::vector<double> m_shiftX;
    double m_shiftY = 0.0;
    std::vector<double> m_sumX;  // Σ w (x - shift)
    double m_sumY = 0.0;         // Σ w (y - shift)
    std::vector<double> m_sumXX; // Σ w (x - shift)(x - shift)ᵀ, row-major p × p
    std::vector<double> m_sumXY; // Σ w (x - shift)(y - shift)
    std::vector<double> m_scratch; // x - shift of the row being added
};

} // namespace greenlight
