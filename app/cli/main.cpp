// greenlight-cli: headless access to the engine. `greenlight-cli --help` lists the subcommands.
#include "auditcommands.h"
#include "cliargs.h"
#include "dispatchcommands.h"
#include "forecastcommands.h"
#include "kpicommands.h"
#include "proposalcommands.h"
#include "routecommands.h"
#include "simulatecommands.h"
#include "storecommands.h"
#include "tracecommands.h"

#include <cstring>
#include <functional>
#include <iostream>
#include <map>
#include <string>

namespace {

using Command = std::function<int(const greenlight::cli::CliArgs&, std::ostream&, std::ostream&)>;

const std::map<std::string, std::pair<Command, const char*>>& commands()
{
    using namespace greenlight::cli;
    static const std::map<std::string, std::pair<Command, const char*>> kCommands = {
        {"check-traces", {runCheckTraces, "validate carbon-intensity trace files"}},
        {"zones", {runZones, "list the zone catalogue"}},
        {"intensity", {runIntensity, "intensity of a zone at an instant, mean over a window"}},
        {"replay-time", {runReplayTime, "what the replay clock shows for a real instant"}},
        {"simulate", {runSimulate, "replay a job trace on a fleet with a policy, vs baseline and bounds"}},
        {"route", {runRoute, "route an LLM request trace: site by latency and carbon, tier by budget"}},
        {"forecast-backtest", {runForecastBacktest, "back-test forecasters: MAPE, bias, coverage"}},
        {"kpis", {runKpis, "data-centre KPIs per site and fleet: PUE, WUE, ERF, Scope 2, CFE"}},
        {"store", {runStore, "open, upgrade and describe the operations database"}},
        {"proposals", {runProposals, "list, file, approve and reject proposals (role checked)"}},
        {"audit", {runAudit, "verify the hash-chained audit log, export it for auditors"}},
        {"users", {runUsers, "users and their roles (admins change them)"}},
        {"rules", {runRules, "auto-approval rules per policy"}},
        {"dispatch", {runDispatch, "carry out an approved proposal on its clusters (idempotent, dry run)"}},
        {"clusters", {runClusters, "queue and capacity per site from the clusters"}},
    };
    return kCommands;
}

void usage(std::ostream& out)
{
    out << "usage: greenlight-cli <command> [options]   (greenlight-cli <command> --help)\n\n";
    for (const auto& [name, entry] : commands())
        out << "  " << name << std::string(name.size() < 19 ? 19 - name.size() : 1, ' ') << entry.second << '\n';
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
        usage(argc < 2 ? std::cerr : std::cout);
        return argc < 2 ? 2 : 0;
    }
    const auto it = commands().find(argv[1]);
    if (it == commands().end()) {
        std::cerr << "error: unknown command '" << argv[1] << "'\n\n";
        usage(std::cerr);
        return 2;
    }
    const greenlight::cli::CliArgs args(argc - 2, argv + 2);
    // Only forecast-backtest's --zone and --model take several values.
    if (const auto twice = args.repeated({"--zone", "--model"}); !twice.empty()) {
        std::cerr << "error: " << twice.front() << " is given more than once; give it once\n";
        return 2;
    }
    try {
        return it->second.first(args, std::cout, std::cerr);
    } catch (const greenlight::cli::MissingOptionValue& missing) {
        std::cerr << "error: " << missing.what() << " (see " << argv[1] << " --help)\n";
        return 2;
    }
}
