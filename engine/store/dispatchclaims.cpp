#include "store/dispatchclaims.h"

#include <random>
#include <unistd.h>

namespace greenlight {

namespace {

constexpr const char* kSource = "dispatch";

std::int64_t unix(UtcTime t) { return static_cast<std::int64_t>(t.time_since_epoch().count()); }
UtcTime fromUnix(std::int64_t s) { return UtcTime{Seconds{s}}; }

std::string randomToken()
{
    std::random_device rd;
    static constexpr char kHex[] = "0123456789abcdef";
    std::string t;
    for (int i = 0; i < 4; ++i) {
        std::uint32_t v = rd();
        for (int k = 0; k < 8; ++k, v >>= 4)
            t += kHex[v & 0xF];
    }
    return t;
}

} // namespace

Result<DispatchClaim> DispatchClaims::claim(const std::string& proposalId, const std::string& holder, UtcTime now,
                                            Seconds lease)
{
    Transaction tx(m_db); // BEGIN IMMEDIATE: the read and the write below are one step for every process
    if (!tx.begun().isOk())
        return tx.begun();
    Result<Statement> held = m_db.prepare("SELECT holder, claimed_at, expires_at FROM dispatch_claims WHERE proposal_id = ?1");
    if (!held.ok())
        return held.status();
    held->bind(1, proposalId);
    Result<bool> row = held->step();
    if (!row.ok())
        return row.status();
    if (row.value() && fromUnix(held->columnInt(2)) > now)
        return Status(StatusCode::Aborted,
                      "proposal " + proposalId + " is being dispatched by " + held->columnText(0) + " since "
                          + formatIsoUtc(fromUnix(held->columnInt(1))) + "; nothing was sent. Wait for that dispatch to "
                          "end (its claim lapses at " + formatIsoUtc(fromUnix(held->columnInt(2)))
                          + " if it died), then dispatch again",
                      kSource);
    DispatchClaim c{proposalId, holder, randomToken(), now, now + lease};
    Result<Statement> put = m_db.prepare(
        "INSERT INTO dispatch_claims(proposal_id, holder, token, claimed_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(proposal_id) DO UPDATE SET holder = excluded.holder, token = excluded.token, "
        "claimed_at = excluded.claimed_at, expires_at = excluded.expires_at");
    if (!put.ok())
        return put.status();
    put->bind(1, c.proposalId).bind(2, c.holder).bind(3, c.token).bind(4, unix(c.claimedAt)).bind(5, unix(c.expiresAt));
    if (Status s = put->run(); !s.isOk())
        return s;
    if (Status s = tx.commit(); !s.isOk())
        return s;
    return c;
}

Status DispatchClaims::renew(DispatchClaim& claim, UtcTime now, Seconds lease)
{
    Result<Statement> extend =
        m_db.prepare("UPDATE dispatch_claims SET expires_at = ?3 WHERE proposal_id = ?1 AND token = ?2");
    if (!extend.ok())
        return extend.status();
    extend->bind(1, claim.proposalId).bind(2, claim.token).bind(3, unix(now + lease));
    if (Status s = extend->run(); !s.isOk())
        return s;
    if (m_db.changes() != 1)
        return Status(StatusCode::Aborted,
                      "the claim on proposal " + claim.proposalId
                          + " lapsed and another dispatch took it over; this one stopped before acting again",
                      kSource);
    claim.expiresAt = now + lease;
    return Status::ok();
}

Status DispatchClaims::release(const DispatchClaim& claim)
{
    Result<Statement> del = m_db.prepare("DELETE FROM dispatch_claims WHERE proposal_id = ?1 AND token = ?2");
    if (!del.ok())
        return del.status();
    del->bind(1, claim.proposalId).bind(2, claim.token);
    return del->run();
}

std::string dispatchHolder(const std::string& user)
{
    char host[256] = {};
    if (gethostname(host, sizeof host - 1) != 0)
        host[0] = '\0';
    return user + " (pid " + std::to_string(getpid()) + (host[0] ? std::string(" on ") + host : std::string()) + ")";
}

} // namespace greenlight
