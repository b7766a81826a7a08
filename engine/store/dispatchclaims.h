// Who is dispatching a proposal right now. A dispatch lists the cluster by the proposal's key and
// submits only if nothing is there; two dispatches of one proposal at once (the console and the
// CLI, two operators) would both list nothing and both submit. A claim row, taken in an immediate
// transaction before anything is sent, lets only one of them proceed. A claim is a lease: a holder
// that dies leaves it to expire, and the next dispatch takes it over.
//
//   DispatchClaims claims(db);
//   Result<DispatchClaim> c = claims.claim("P-job42-1700000000", "ada (pid 4711 on ops1)", now, minutes(15));
//   …; claims.release(*c);
#pragma once

#include "core/utctime.h"
#include "store/database.h"

#include <string>
#include <utility>

namespace greenlight {

struct DispatchClaim {
    std::string proposalId;
    std::string holder;   // in words: who, which process, which host
    std::string token;    // unique per claim: only its taker releases it
    UtcTime claimedAt;
    UtcTime expiresAt;
};

class DispatchClaims {
public:
    explicit DispatchClaims(Database& db) : m_db(db) {}

    // Aborted, naming the holder and when the claim lapses, while another live claim holds it.
    Result<DispatchClaim> claim(const std::string& proposalId, const std::string& holder, UtcTime now, Seconds lease);
    // Extends this claim to now + lease before a step that acts on a cluster; Aborted when it
    // lapsed and another dispatch took it over (then this one must send nothing more).
    Status renew(DispatchClaim& claim, UtcTime now, Seconds lease);
    // Releases only this claim (a claim that lapsed and was taken over stays with its new holder).
    Status release(const DispatchClaim& claim);

private:
    Database& m_db;
};

// Holds a claim for the life of one dispatch or roll-back and releases it however that ends (a
// claim left behind lapses by itself).
class HeldDispatchClaim {
public:
    HeldDispatchClaim(DispatchClaims& claims, DispatchClaim claim) : m_claims(claims), m_claim(std::move(claim)) {}
    ~HeldDispatchClaim() { (void)m_claims.release(m_claim); }
    HeldDispatchClaim(const HeldDispatchClaim&) = delete;
    HeldDispatchClaim& operator=(const HeldDispatchClaim&) = delete;
    // Before each step that acts on a cluster: one slower than its lease must not act once
    // another has taken the proposal over.
    Status renew(UtcTime now, Seconds lease) { return m_claims.renew(m_claim, now, lease); }

private:
    DispatchClaims& m_claims;
    DispatchClaim m_claim;
};

// "ada (pid 4711 on ops1)": the holder named in a claim.
std::string dispatchHolder(const std::string& user);

} // namespace greenlight
