#include "carbonprovider.h"

namespace greenlight {

CarbonProvider::CarbonProvider(UtcClock clock, QObject* parent)
    : QObject(parent), m_clock(clock ? std::move(clock) : UtcClock(&systemUtcNow))
{
    qRegisterMetaType<ProviderBatch>();
    qRegisterMetaType<ProviderFailure>();
}

void CarbonProvider::fail(const QString& zone, RequestKind kind, Status status, int httpStatus,
                          std::optional<Seconds> retryAfter)
{
    ProviderFailure f;
    f.provider = id();
    f.zone = zone;
    f.request = kind;
    f.status = std::move(status);
    f.httpStatus = httpStatus;
    f.retryAfter = retryAfter;
    emit failed(f);
}

} // namespace greenlight
