#include "core/dispatch/slurmcommands.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

const UtcTime k2030 = UtcTime{Seconds{1'893'456'000}}; // 2030-01-01T00:00:00Z

TEST(SlurmCommands, SbatchCarriesTheKeyInTheCommentAndEveryArgumentQuoted)
{
    ClusterJobSpec spec;
    spec.name = "train 'llm'";
    spec.idempotencyKey = "P-job-7-defer";
    spec.partition = "site-a";
    spec.command = "python train.py --resume ckpt/7";
    spec.gpus = 8;
    spec.cpus = 4;
    spec.timeLimit = Seconds{3 * 3600 + 1};
    spec.begin = k2030;
    Result<std::string> cmd = sbatchCommand(spec);
    ASSERT_TRUE(cmd.ok()) << cmd.status().toString();
    EXPECT_EQ(cmd.value(),
              "env TZ=UTC sbatch --parsable '--job-name=train '\\''llm'\\''' '--comment=greenlight:P-job-7-defer' "
              "'--partition=site-a' '--chdir=/tmp' '--cpus-per-task=4' '--gres=gpu:8' '--time=181' "
              "'--begin=2030-01-01T00:00:00' '--wrap=python train.py --resume ckpt/7'");
}

TEST(SlurmCommands, RefusesBadKeysJobIdsAndEmptyCommands)
{
    ClusterJobSpec spec;
    spec.idempotencyKey = "P-1; rm -rf /";
    spec.command = "true";
    EXPECT_FALSE(sbatchCommand(spec).ok());
    spec.idempotencyKey = "P-1";
    spec.command.clear();
    EXPECT_FALSE(sbatchCommand(spec).ok());
    EXPECT_FALSE(scancelCommand("42; reboot").ok());
    EXPECT_FALSE(scontrolHoldCommand("").ok());
    EXPECT_EQ(scancelCommand("42").value(), "scancel '42'");
    EXPECT_EQ(scontrolUpdateStartCommand("42", k2030).value(),
              "env TZ=UTC scontrol update 'JobId=42' 'StartTime=2030-01-01T00:00:00'");
    EXPECT_EQ(scontrolReleaseCommand("17_3").value(), "scontrol release '17_3'");
}

} // namespace
} // namespace greenlight
