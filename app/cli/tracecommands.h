// Subcommands over the bundled carbon-intensity traces: validate them, list zones, look up the
// intensity at an instant, show what the replay clock maps "now" to.
//
//   return runCheckTraces(args, std::cout, std::cerr); // exit code
#pragma once

#include "cliargs.h"

#include <iosfwd>

namespace greenlight::cli {

int runCheckTraces(const CliArgs& args, std::ostream& out, std::ostream& err);
int runZones(const CliArgs& args, std::ostream& out, std::ostream& err);
int runIntensity(const CliArgs& args, std::ostream& out, std::ostream& err);
int runReplayTime(const CliArgs& args, std::ostream& out, std::ostream& err);

} // namespace greenlight::cli
