// The records file: hostile ids stay in their cells, every part a job ran in is listed, and a
// write that cannot happen says so and leaves no half-written file behind.
#include "core/csvtable.h"
#include "core/simulation/recordscsv.h"

#include "schedulertestfixture.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace greenlight {
namespace {

SimulationRun runWithHostileIds()
{
    SimulationRun run;
    SimulationRecord paused;
    paused.jobId = "job,with \"comma\"\nand a line break";
    paused.homeSite = 0;
    paused.site = 1;
    paused.gpus = 2;
    paused.submit = testing::t0();
    paused.segments = {{testing::t0(), testing::t0() + Hours{1}},
                       {testing::t0() + Hours{3}, testing::t0() + Hours{4}}};
    paused.start = paused.segments.front().begin;
    paused.finish = paused.segments.back().end;
    paused.parts = 2;
    paused.placed = true;
    paused.emissionsKg = 1.25;
    paused.reason = "paused for \"pinned\" work, then resumed";
    run.records.push_back(paused);
    SimulationRecord unplaced;
    unplaced.jobId = "late";
    unplaced.submit = testing::t0();
    unplaced.deadlineMissed = true;
    unplaced.reason = "no room before the planning horizon ended";
    run.records.push_back(unplaced);
    return run;
}

std::filesystem::path scratchDir()
{
    const auto dir = std::filesystem::temp_directory_path() /
                     ("greenlight-records-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return dir;
}

TEST(RecordsCsv, HostileIdsStayInTheirCellsAndEveryPartIsListed)
{
    const Fleet fleet = testing::smallFleet();
    const Result<CsvTable> table = parseCsvTable(recordsCsv(fleet, runWithHostileIds()), "records.csv");
    ASSERT_TRUE(table.ok()) << table.status().message();
    ASSERT_EQ(table->rows.size(), 2u);
    const auto column = [&](const char* name) { return table->column(name).value(); };
    for (const auto& row : table->rows)
        EXPECT_EQ(row.size(), table->header.size());
    const auto& paused = table->rows[0];
    EXPECT_EQ(paused[column("job_id")], "job,with \"comma\"\nand a line break");
    EXPECT_EQ(paused[column("site")], "b");
    EXPECT_EQ(paused[column("reason")], "paused for \"pinned\" work, then resumed");
    EXPECT_EQ(paused[column("segments")], "2023-03-06T00:00:00Z/2023-03-06T01:00:00Z;"
                                          "2023-03-06T03:00:00Z/2023-03-06T04:00:00Z");
    const auto& late = table->rows[1];
    EXPECT_EQ(late[column("site")], "");
    EXPECT_EQ(late[column("parts")], "0");
    EXPECT_EQ(late[column("deadline_missed")], "1");
}

TEST(RecordsCsv, AWriteThatCannotHappenSaysSoAndKeepsTheEarlierFile)
{
    const Fleet fleet = testing::smallFleet();
    const SimulationRun run = runWithHostileIds();
    const auto dir = scratchDir();

    const Status missingFolder = writeRecordsCsv(dir / "no-such-folder" / "run.csv", fleet, run);
    EXPECT_FALSE(missingFolder.isOk());
    EXPECT_NE(missingFolder.message().find("cannot write the records to"), std::string::npos);

    const Status intoADirectory = writeRecordsCsv(dir, fleet, run);
    EXPECT_FALSE(intoADirectory.isOk());
    EXPECT_NE(intoADirectory.message().find("is a directory"), std::string::npos);

    const auto file = dir / "run.csv";
    ASSERT_TRUE(writeRecordsCsv(file, fleet, run).isOk());
    std::ifstream in(file);
    std::stringstream written;
    written << in.rdbuf();
    EXPECT_EQ(written.str(), recordsCsv(fleet, run));
    EXPECT_FALSE(std::filesystem::exists(dir / "run.csv.part"));
    std::filesystem::remove_all(dir);
}

} // namespace
} // namespace greenlight
