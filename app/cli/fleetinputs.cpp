#include "fleetinputs.h"

#include "core/traceloader.h"

#include <set>

namespace greenlight::cli {

FleetInputPaths fleetInputPaths(const CliArgs& args)
{
    const std::filesystem::path dataDir = args.option("--data-dir").value_or(defaultDataDir().string());
    return FleetInputPaths{
        args.option("--fleet").value_or((dataDir.parent_path() / "fleets" / "demo-fleet.json").string()),
        args.option("--carbon-dir").value_or((dataDir / "carbon").string()),
        args.option("--weather-dir").value_or((dataDir / "weather").string())};
}

Result<FleetInputs> loadFleetInputs(const CliArgs& args)
{
    const FleetInputPaths paths = fleetInputPaths(args);
    const std::filesystem::path& carbonDir = paths.carbonDir;
    const std::filesystem::path& fleetPath = paths.fleetFile;
    Result<Fleet> fleet = loadFleetFile(fleetPath);
    if (!fleet.ok())
        return fleet.status();
    std::vector<IntensitySeries> series;
    std::set<std::string> zones;
    for (const Site& site : fleet->sites()) {
        if (!zones.insert(site.zoneKey).second)
            continue;
        Result<IntensitySeries> s = loadIntensityCsv(carbonDir / (site.zoneKey + ".csv"));
        if (!s.ok()) {
            // Point at the fleet file's line: the zone there is more often the typo than the folder.
            const std::string where = site.zoneLine > 0
                ? fleetPath.filename().string() + ":" + std::to_string(site.zoneLine) + ": "
                : std::string();
            return Status(s.status().code(),
                          where + "site " + site.id + ", zone " + site.zoneKey + ": no usable trace in " +
                              carbonDir.string() + " (" + s.status().message() + ")",
                          "fleet inputs");
        }
        series.push_back(std::move(s).value());
    }
    return FleetInputs{std::move(fleet).value(), TraceLibrary(std::move(series))};
}

Result<WeatherLibrary> loadWeatherOption(const CliArgs& args)
{
    if (const auto named = args.option("--weather-dir")) {
        std::error_code error;
        if (!std::filesystem::is_directory(*named, error))
            return Status(StatusCode::NotFound, "--weather-dir " + *named + " is not a folder", "weather");
        return WeatherLibrary::loadDirectory(*named);
    }
    const std::filesystem::path dataDir = args.option("--data-dir").value_or(defaultDataDir().string());
    return WeatherLibrary::loadDirectory(dataDir / "weather");
}

} // namespace greenlight::cli
