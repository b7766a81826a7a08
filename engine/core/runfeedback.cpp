#include "runfeedback.h"

#include <algorithm>
#include <cmath>

namespace greenlight {

void RunFeedback::setProgress(double percent)
{
    percent = std::clamp(percent, 0.0, 100.0);
    m_percent.store(percent, std::memory_order_relaxed);
    const int whole = static_cast<int>(std::floor(percent));
    if (m_sink && whole != m_lastReported) {
        m_lastReported = whole;
        m_sink(percent);
    }
}

} // namespace greenlight
