#include "core/proposal/proposal.h"

#include "core/dispatch/clusterjob.h"

#include <algorithm>
#include <array>
#include <utility>

namespace greenlight {

namespace {

constexpr std::array<std::pair<ProposalKind, const char*>, 3> kKindNames{{
    {ProposalKind::Defer, "defer"},
    {ProposalKind::Migrate, "migrate"},
    {ProposalKind::DeferAndMigrate, "defer-and-migrate"},
}};

constexpr std::array<std::pair<ProposalState, const char*>, 8> kStateNames{{
    {ProposalState::Proposed, "proposed"},
    {ProposalState::Approved, "approved"},
    {ProposalState::Rejected, "rejected"},
    {ProposalState::Expired, "expired"},
    {ProposalState::Dispatched, "dispatched"},
    {ProposalState::Confirmed, "confirmed"},
    {ProposalState::Failed, "failed"},
    {ProposalState::RolledBack, "rolled-back"},
}};

template <typename Enum, std::size_t N>
const char* nameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [v, name] : table)
        if (v == value)
            return name;
    return "invalid";
}

template <typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char*>, N>& table, std::string_view name)
{
    for (const auto& [v, n] : table)
        if (name == n)
            return v;
    return Enum::Invalid;
}

} // namespace

const char* proposalKindName(ProposalKind kind) { return nameOf(kKindNames, kind); }
ProposalKind proposalKindFromName(std::string_view name) { return valueOf(kKindNames, name); }
const char* proposalStateName(ProposalState state) { return nameOf(kStateNames, state); }
ProposalState proposalStateFromName(std::string_view name) { return valueOf(kStateNames, name); }

bool isTerminal(ProposalState state)
{
    return state == ProposalState::Rejected || state == ProposalState::Expired
        || state == ProposalState::RolledBack;
}

double Proposal::slackMinutes() const
{
    const auto finish = plannedStart + runDuration;
    return std::chrono::duration<double, std::ratio<60>>(deadline - finish).count();
}

Status validateProposal(const Proposal& p)
{
    const std::string who = "proposal " + p.id;
    auto invalid = [&](std::string message) {
        return Status(StatusCode::InvalidArgument, std::move(message), who);
    };
    if (p.id.empty())
        return Status(StatusCode::InvalidArgument, "a proposal needs an id", "proposal");
    // Dispatch hands the id to the cluster as its idempotency key: refused now, not after an
    // operator approved a proposal no cluster can be given.
    if (Status key = validateIdempotencyKey(p.id); !key.isOk())
        return invalid("has an id dispatch cannot use (it is the cluster's idempotency key): " + key.message());
    if (p.jobId.empty())
        return invalid("names no job");
    if (p.policy.empty())
        return invalid("names no policy");
    if (p.reasons.empty())
        return invalid("gives no reason; an operator cannot judge it");
    if (p.runDuration <= Seconds{0})
        return invalid("has no run duration");
    const bool moves = p.sourceSite != p.targetSite;
    const bool waits = p.plannedStart > p.originalStart;
    switch (p.kind) {
    case ProposalKind::Invalid:
        return invalid("has no kind (defer, migrate or defer-and-migrate)");
    case ProposalKind::Defer:
        if (moves || !waits)
            return invalid("is a deferral but does not keep the site and start later");
        break;
    case ProposalKind::Migrate:
        if (!moves)
            return invalid("is a migration but keeps the site");
        break;
    case ProposalKind::DeferAndMigrate:
        if (!moves || !waits)
            return invalid("is a deferral with migration but does not change both site and start");
        break;
    }
    if (p.slackMinutes() < 0.0)
        return invalid("would finish after the job's deadline");
    if (!(p.savingLowG <= p.expectedSavingG && p.expectedSavingG <= p.savingHighG))
        return invalid("has an expected saving outside its own band");
    return Status::ok();
}

bool deadlineOutOfReach(const Proposal& p, UtcTime now)
{
    return std::max(now, p.plannedStart) + p.runDuration > p.deadline;
}

Status checkTransition(ProposalState from, ProposalState to)
{
    using S = ProposalState;
    bool allowed = false;
    switch (from) {
    case S::Proposed:
        allowed = to == S::Approved || to == S::Rejected || to == S::Expired;
        break;
    case S::Approved:
        allowed = to == S::Dispatched || to == S::Expired;
        break;
    case S::Dispatched:
        allowed = to == S::Confirmed || to == S::Failed;
        break;
    case S::Confirmed:
    case S::Failed:
        allowed = to == S::RolledBack;
        break;
    case S::Invalid:
    case S::Rejected:
    case S::Expired:
    case S::RolledBack:
        allowed = false;
        break;
    }
    if (allowed)
        return Status::ok();
    return Status(StatusCode::FailedPrecondition,
                  std::string("a ") + proposalStateName(from) + " proposal cannot become "
                      + proposalStateName(to),
                  "proposal lifecycle");
}

} // namespace greenlight
