// Small synthetic series for the forecaster tests: hourly (or any step) from a Monday 00:00 UTC,
// built from a vector or a function of the step index.
//
//   IntensitySeries s = seriesOf({1, 2, 3});
//   IntensitySeries p = seriesFrom(24 * 60, [](std::size_t i) { return 100.0 + i % 24; });
#pragma once

#include "core/intensityseries.h"

#include <functional>
#include <vector>

namespace greenlight::testing {

// 2024-01-01 was a Monday.
inline UtcTime mondayStart()
{
    return startOfYear(2024);
}

inline IntensitySeries seriesOf(std::vector<double> values, Seconds step = Hours{1},
                                std::string zone = "TEST")
{
    IntensitySeries::Columns columns;
    columns.lifecycleGPerKwh = std::move(values);
    return IntensitySeries::create(std::move(zone), mondayStart(), step, std::move(columns)).value();
}

inline IntensitySeries seriesFrom(std::size_t size, const std::function<double(std::size_t)>& value,
                                  Seconds step = Hours{1})
{
    std::vector<double> values(size);
    for (std::size_t i = 0; i < size; ++i)
        values[i] = value(i);
    return seriesOf(std::move(values), step);
}

} // namespace greenlight::testing
