// The fleet: every site the scheduler may place work on, plus the user regions that inference
// latency is measured to. Loaded from a documented JSON fleet file (docs/fleet-file.md).
//
//   Result<Fleet> fleet = loadFleetFile("resources/fleets/demo-fleet.json");
//   const Site* osl = fleet->find("osl1");
#pragma once

#include "site.h"

#include "core/budget/carbonbudget.h"

#include "core/status.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

struct UserRegion {
    std::string id; // "eu-west"
    GeoPoint location;
};

class Fleet {
public:
    Fleet() = default;
    Fleet(std::string name, std::vector<Site> sites, std::vector<UserRegion> regions);

    const std::string& name() const { return m_name; }
    const std::vector<Site>& sites() const { return m_sites; }
    const std::vector<UserRegion>& userRegions() const { return m_regions; }
    // The same fleet (name, regions, residual mix, budget) with only these sites: for dropping
    // sites a run cannot use, or trying others.
    Fleet withSites(std::vector<Site> sites) const;
    const Site* find(std::string_view siteId) const;
    std::optional<std::size_t> indexOf(std::string_view siteId) const;
    int totalGpus() const;
    // Residual-mix factors by zone for market-based Scope 2 (gCO2e/kWh); zones without one fall
    // back to the grid average. Never defaulted: only what the fleet file states.
    const std::map<std::string, double>& residualMixGPerKwh() const { return m_residualMix; }
    std::optional<double> residualMixFor(const std::string& zoneKey) const;
    void setResidualMix(std::map<std::string, double> mix) { m_residualMix = std::move(mix); }
    // The organisation's carbon budget for this fleet, when the fleet file sets one.
    const std::optional<BudgetCaps>& carbonBudget() const { return m_budget; }
    void setCarbonBudget(std::optional<BudgetCaps> caps) { m_budget = std::move(caps); }

private:
    std::string m_name;
    std::vector<Site> m_sites;
    std::vector<UserRegion> m_regions;
    std::map<std::string, double> m_residualMix;
    std::optional<BudgetCaps> m_budget;
};

// Great-circle distance, km.
double greatCircleKm(GeoPoint a, GeoPoint b);
// Round-trip estimate when a fleet file gives none: light in fibre (~200 km/ms) over a route 1.5×
// the great circle, there and back, plus 5 ms of equipment.
double estimatedRoundTripMs(GeoPoint a, GeoPoint b);

Result<Fleet> parseFleetJson(std::string_view text, std::string_view label);
Result<Fleet> loadFleetFile(const std::filesystem::path& path);

} // namespace greenlight
