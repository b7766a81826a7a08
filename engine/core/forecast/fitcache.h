// A small thread-safe cache of models fitted on a stretch of a series, so that forecasters can
// refit once a day or week instead of at every call while forecast() stays const. The key is the
// series' identity (zone, start, step), the stretch [from, end) and a hash of its values, so a
// different or edited series never gets a model fitted on other data. Oldest entries go first.
//
//   FitCache<RidgeModel> cache;
//   std::shared_ptr<const RidgeModel> m = cache.getOrFit(series, from, end, [&] { return fit(); });
#pragma once

#include "core/intensityseries.h"

#include <bit>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <tuple>

namespace greenlight {

template <typename Model>
class FitCache {
public:
    explicit FitCache(std::size_t capacity = 256) : m_capacity(capacity) {}
    FitCache(const FitCache&) = delete;
    FitCache& operator=(const FitCache&) = delete;

    // The model fitted on values [from, end) of the series, from the cache or from `fit()`. The
    // fit runs outside the lock, so different zones fit in parallel.
    template <typename Fit>
    std::shared_ptr<const Model> getOrFit(const IntensitySeries& series, std::size_t from,
                                          std::size_t end, Fit&& fit) const
    {
        const Key key{series.zoneKey(), series.start().time_since_epoch().count(),
                      series.step().count(), from, end,
                      hashValues(series.lifecycle().subspan(from, end - from))};
        {
            const std::lock_guard lock(m_mutex);
            if (const auto it = m_entries.find(key); it != m_entries.end())
                return it->second;
        }
        auto model = std::make_shared<const Model>(fit());
        const std::lock_guard lock(m_mutex);
        const auto [it, inserted] = m_entries.emplace(key, std::move(model));
        if (inserted) {
            m_order.push_back(key);
            if (m_order.size() > m_capacity) {
                m_entries.erase(m_order.front());
                m_order.pop_front();
            }
        }
        return it->second;
    }

    std::size_t size() const
    {
        const std::lock_guard lock(m_mutex);
        return m_entries.size();
    }

private:
    // zone, series start (s since epoch), step (s), from, end, hash of the values.
    using Key = std::tuple<std::string, long long, long long, std::size_t, std::size_t, std::uint64_t>;

    // FNV-1a over the bit patterns of the values.
    static std::uint64_t hashValues(std::span<const double> values)
    {
        std::uint64_t h = 1469598103934665603ull;
        for (double v : values) {
            h ^= std::bit_cast<std::uint64_t>(v);
            h *= 1099511628211ull;
        }
        return h;
    }

    std::size_t m_capacity;
    mutable std::mutex m_mutex;
    mutable std::map<Key, std::shared_ptr<const Model>> m_entries;
    mutable std::deque<Key> m_order;
};

} // namespace greenlight
