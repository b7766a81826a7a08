// Kubernetes batch/v1 Jobs as Greenlight writes and reads them: the manifest for a site (a node
// selector picks the site's nodes; spec.suspend holds a deferred job), the object name derived
// from the idempotency key, and parsers for Job, JobList, watch events and Status errors. Plain
// functions over bytes, no Qt.
//
//   std::string name = k8sObjectName("P-job-7-defer");          // "gl-p-job-7-defer-3f2a9c1d"
//   std::string body = k8sJobManifest(spec, name, "topology.greenlight.io/site", "fra1", true);
#pragma once

#include "core/dispatch/clusterjob.h"

#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

inline constexpr const char* kK8sManagedLabel = "greenlight.io/managed";
inline constexpr const char* kK8sKeyAnnotation = "greenlight.io/idempotency-key";

// A DNS-1123 label (lower case, digits, '-', ≤ 63) that is the same for the same key every time,
// with a short hash so keys that differ only in case or punctuation do not collide.
std::string k8sObjectName(const std::string& idempotencyKey);

// The Job manifest (JSON). `siteLabelKey`/`siteLabelValue` become the pod's nodeSelector.
Result<std::string> k8sJobManifest(const ClusterJobSpec& spec, const std::string& name,
                                   const std::string& siteLabelKey, const std::string& siteLabelValue,
                                   bool suspended);

struct K8sJob {
    ClusterJob job;               // id = object name, comment = idempotency key, partition = site label
    std::string resourceVersion;
    std::string uid;
    bool suspended = false;
    int active = 0;
    int succeeded = 0;
    int failedPods = 0;
    bool beingDeleted = false;
};

Result<K8sJob> parseK8sJob(std::string_view text, std::string_view label);
struct K8sJobList {
    std::string resourceVersion; // to start a watch from
    std::vector<K8sJob> items;
};
Result<K8sJobList> parseK8sJobList(std::string_view text, std::string_view label);

struct K8sWatchEvent {
    std::string type; // ADDED, MODIFIED, DELETED, BOOKMARK, ERROR
    K8sJob object;
};
Result<K8sWatchEvent> parseK8sWatchEvent(std::string_view line, std::string_view label);

// A Status object from an error response: reason ("AlreadyExists", "Conflict", "NotFound", …),
// message and code.
struct K8sStatus {
    std::string reason;
    std::string message;
    int code = 0;
};
K8sStatus parseK8sStatus(std::string_view text);

} // namespace greenlight
