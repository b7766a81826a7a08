#include "core/dispatch/k8sjobjson.h"

#include "core/json/json.h"

#include <cctype>
#include <cstdio>

namespace greenlight {

namespace {

// FNV-1a, 32 bits: stable across builds and platforms.
std::uint32_t fnv1a(const std::string& text)
{
    std::uint32_t h = 2166136261u;
    for (unsigned char c : text) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

JsonValue str(const std::string& s) { return JsonValue::string(s); }

K8sJob jobFrom(const JsonValue& o)
{
    K8sJob k;
    const JsonValue& meta = o.get("metadata");
    k.job.id = meta.get("name").asString();
    k.resourceVersion = meta.get("resourceVersion").asString();
    k.uid = meta.get("uid").asString();
    k.beingDeleted = meta.get("deletionTimestamp").isString();
    k.job.comment = meta.get("annotations").get(kK8sKeyAnnotation).asString();
    k.job.name = meta.get("labels").get("greenlight.io/job-name").asString();
    const JsonValue& spec = o.get("spec");
    k.suspended = spec.get("suspend").asBool(false);
    for (const auto& [key, value] : spec.get("template").get("spec").get("nodeSelector").members())
        if (value.isString()) {
            k.job.partition = value.asString();
            (void)key;
        }
    const JsonValue& status = o.get("status");
    k.active = static_cast<int>(status.get("active").asNumber(0));
    k.succeeded = static_cast<int>(status.get("succeeded").asNumber(0));
    k.failedPods = static_cast<int>(status.get("failed").asNumber(0));
    bool complete = false;
    bool failed = false;
    for (const JsonValue& c : status.get("conditions").items()) {
        if (c.get("status").asString() != "True")
            continue;
        const std::string type = c.get("type").asString();
        complete = complete || type == "Complete";
        failed = failed || type == "Failed";
    }
    if (failed)
        k.job.state = ClusterJobState::Failed;
    else if (complete)
        k.job.state = ClusterJobState::Completed;
    else if (k.suspended)
        k.job.state = ClusterJobState::Suspended;
    else if (k.active > 0)
        k.job.state = ClusterJobState::Running;
    else
        k.job.state = ClusterJobState::Pending;
    k.job.rawState = clusterJobStateName(k.job.state);
    if (const auto t = parseIsoUtc(meta.get("creationTimestamp").asString()))
        k.job.submitTime = *t;
    if (const auto t = parseIsoUtc(status.get("startTime").asString()))
        k.job.startTime = *t;
    return k;
}

Status invalid(std::string_view label, const std::string& message)
{
    return Status(StatusCode::InvalidArgument, message, std::string(label));
}

} // namespace

std::string k8sObjectName(const std::string& idempotencyKey)
{
    std::string base;
    for (char c : idempotencyKey) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u))
            base += static_cast<char>(std::tolower(u));
        else if (!base.empty() && base.back() != '-')
            base += '-';
    }
    while (!base.empty() && base.back() == '-')
        base.pop_back();
    char hash[16];
    std::snprintf(hash, sizeof hash, "%08x", fnv1a(idempotencyKey));
    // "gl-" + base + "-" + 8 hex ≤ 63
    const std::size_t room = 63 - 3 - 1 - 8;
    if (base.size() > room)
        base.resize(room);
    while (!base.empty() && base.back() == '-')
        base.pop_back();
    return "gl-" + (base.empty() ? std::string("job") : base) + "-" + hash;
}

Result<std::string> k8sJobManifest(const ClusterJobSpec& spec, const std::string& name,
                                   const std::string& siteLabelKey, const std::string& siteLabelValue,
                                   bool suspended)
{
    if (Status s = validateIdempotencyKey(spec.idempotencyKey); !s.isOk())
        return s;
    if (spec.command.empty())
        return Status(StatusCode::InvalidArgument, "the job has no command", "kubernetes");
    JsonValue labels = JsonValue::object();
    labels.set(kK8sManagedLabel, str("true"));
    // Label values are limited to 63 characters of [A-Za-z0-9._-]; the readable name goes in as
    // far as it fits, the exact one is in the annotation.
    std::string jobLabel;
    for (char c : spec.name)
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')
            jobLabel += c;
    jobLabel = jobLabel.substr(0, 63);
    while (!jobLabel.empty() && !std::isalnum(static_cast<unsigned char>(jobLabel.back())))
        jobLabel.pop_back();
    if (!jobLabel.empty())
        labels.set("greenlight.io/job-name", str(jobLabel));
    JsonValue annotations = JsonValue::object();
    annotations.set(kK8sKeyAnnotation, str(spec.idempotencyKey));
    annotations.set("greenlight.io/job-name", str(spec.name));

    JsonValue metadata = JsonValue::object();
    metadata.set("name", str(name));
    metadata.set("labels", labels);
    metadata.set("annotations", annotations);

    JsonValue resources = JsonValue::object();
    JsonValue limits = JsonValue::object();
    limits.set("cpu", str(std::to_string(spec.cpus)));
    if (spec.gpus > 0)
        limits.set("nvidia.com/gpu", str(std::to_string(spec.gpus)));
    resources.set("limits", limits);

    JsonValue container = JsonValue::object();
    container.set("name", str("job"));
    container.set("image", str("busybox:1.36"));
    container.set("command", JsonValue::array({str("/bin/sh"), str("-c"), str(spec.command)}));
    container.set("workingDir", str(spec.workingDirectory));
    container.set("resources", resources);

    JsonValue nodeSelector = JsonValue::object();
    nodeSelector.set(siteLabelKey, str(siteLabelValue));
    JsonValue podSpec = JsonValue::object();
    podSpec.set("restartPolicy", str("Never"));
    podSpec.set("nodeSelector", nodeSelector);
    podSpec.set("containers", JsonValue::array({container}));
    JsonValue podMeta = JsonValue::object();
    podMeta.set("labels", labels);
    JsonValue templ = JsonValue::object();
    templ.set("metadata", podMeta);
    templ.set("spec", podSpec);

    JsonValue jobSpec = JsonValue::object();
    jobSpec.set("suspend", JsonValue::boolean(suspended));
    jobSpec.set("backoffLimit", JsonValue::number(0));
    if (spec.timeLimit > Seconds{0})
        jobSpec.set("activeDeadlineSeconds", JsonValue::number(static_cast<double>(spec.timeLimit.count())));
    jobSpec.set("template", templ);

    JsonValue job = JsonValue::object();
    job.set("apiVersion", str("batch/v1"));
    job.set("kind", str("Job"));
    job.set("metadata", metadata);
    job.set("spec", jobSpec);
    return job.dump();
}

Result<K8sJob> parseK8sJob(std::string_view text, std::string_view label)
{
    Result<JsonValue> doc = parseJson(text, label);
    if (!doc.ok())
        return doc.status();
    if (doc->get("kind").asString() != "Job" || !doc->get("metadata").get("name").isString())
        return invalid(label, "not a batch/v1 Job");
    return jobFrom(doc.value());
}

Result<K8sJobList> parseK8sJobList(std::string_view text, std::string_view label)
{
    Result<JsonValue> doc = parseJson(text, label);
    if (!doc.ok())
        return doc.status();
    if (doc->get("kind").asString() != "JobList" || !doc->get("items").isArray())
        return invalid(label, "not a JobList");
    K8sJobList list;
    list.resourceVersion = doc->get("metadata").get("resourceVersion").asString();
    for (const JsonValue& item : doc->get("items").items())
        list.items.push_back(jobFrom(item));
    return list;
}

Result<K8sWatchEvent> parseK8sWatchEvent(std::string_view line, std::string_view label)
{
    Result<JsonValue> doc = parseJson(line, label);
    if (!doc.ok())
        return doc.status();
    K8sWatchEvent event;
    event.type = doc->get("type").asString();
    if (event.type.empty())
        return invalid(label, "a watch event without \"type\"");
    if (event.type != "ERROR" && event.type != "BOOKMARK")
        event.object = jobFrom(doc->get("object"));
    else
        event.object.resourceVersion = doc->get("object").get("metadata").get("resourceVersion").asString();
    return event;
}

K8sStatus parseK8sStatus(std::string_view text)
{
    K8sStatus s;
    Result<JsonValue> doc = parseJson(text, "status");
    if (!doc.ok())
        return s;
    s.reason = doc->get("reason").asString();
    s.message = doc->get("message").asString();
    s.code = static_cast<int>(doc->get("code").asNumber(0));
    return s;
}

} // namespace greenlight
