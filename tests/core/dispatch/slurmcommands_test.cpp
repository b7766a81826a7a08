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

#include "core/dispatch/k8sjobjson.h"

namespace greenlight {
namespace {

TEST(KubernetesJson, ObjectNamesAreStableValidAndDistinct)
{
    const std::string a = k8sObjectName("P-job-7-defer");
    EXPECT_EQ(a, k8sObjectName("P-job-7-defer"));
    EXPECT_EQ(a.rfind("gl-p-job-7-defer-", 0), 0u) << a;
    EXPECT_NE(k8sObjectName("P-JOB-7-defer"), a) << "case-only differences do not collide";
    const std::string longName = k8sObjectName(std::string(120, 'x'));
    EXPECT_LE(longName.size(), 63u);
    for (char c : longName)
        EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
}

TEST(KubernetesJson, ManifestHoldsTheJobForItsSiteAndParsesBack)
{
    ClusterJobSpec spec;
    spec.idempotencyKey = "P-9";
    spec.name = "train 'llm'; rm -rf /";
    spec.command = "python train.py";
    spec.gpus = 4;
    Result<std::string> manifest = k8sJobManifest(spec, "gl-p-9-00000000", "topology.greenlight.io/site", "osl1", true);
    ASSERT_TRUE(manifest.ok()) << manifest.status().toString();
    Result<K8sJob> job = parseK8sJob(manifest.value(), "manifest");
    ASSERT_TRUE(job.ok()) << job.status().toString();
    EXPECT_TRUE(job->suspended);
    EXPECT_EQ(job->job.partition, "osl1");
    EXPECT_EQ(job->job.comment, "P-9");
    EXPECT_EQ(job->job.state, ClusterJobState::Suspended);
    EXPECT_NE(manifest->find("\"nvidia.com/gpu\":\"4\""), std::string::npos);
    EXPECT_EQ(parseK8sStatus(R"({"kind":"Status","reason":"AlreadyExists","code":409})").reason, "AlreadyExists");
    EXPECT_FALSE(parseK8sJob("{\"kind\":\"Pod\"}", "x").ok());
}

} // namespace
} // namespace greenlight
