#include "dispatchrest/slurmrestclient.h"

#include "core/dispatch/slurmcommands.h"
#include "core/dispatch/slurmjson.h"
#include "core/json/json.h"
#include "dispatchrest/httpexchange.h"

#include <QPromise>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <chrono>
#include <set>

namespace greenlight {

namespace {

constexpr const char* kSource = "slurmrestd";


Status statusFrom(const HttpAnswer& a, const std::string& what)
{
    if (a.status == 0)
        return Status(StatusCode::Unavailable, what + ": " + a.networkError.toStdString(), kSource);
    std::string detail;
    if (Result<JsonValue> doc = parseJson(bodyView(a.body), "reply"); doc.ok())
        for (const JsonValue& e : doc->get("errors").items())
            detail += (detail.empty() ? "" : "; ") + e.get("error").asString() + " " + e.get("description").asString();
    const std::string message = what + ": HTTP " + std::to_string(a.status) + (detail.empty() ? "" : " (" + detail + ")");
    // slurmrestd 22.05 answers a rejected token with 500, not 401.
    if (a.status == 401 || a.status == 403 || (a.status == 500 && a.body.contains("Authentication")))
        return Status(StatusCode::PermissionDenied, message, kSource);
    if (a.status == 404)
        return Status(StatusCode::NotFound, message, kSource);
    return Status(a.status >= 500 ? StatusCode::Unavailable : StatusCode::FailedPrecondition, message, kSource);
}


bool isActive(const ClusterJob& j)
{
    return j.state == ClusterJobState::Pending || j.state == ClusterJobState::Held
        || j.state == ClusterJobState::Running || j.state == ClusterJobState::Suspended;
}

UtcTime nowUtc() { return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now()); }

} // namespace

std::string slurmRestSubmitBody(const ClusterJobSpec& spec, const std::string& partition, UtcTime now)
{
    JsonValue env = JsonValue::object();
    env.set("PATH", JsonValue::string("/usr/local/bin:/usr/bin:/bin"));
    JsonValue job = JsonValue::object();
    job.set("name", JsonValue::string(spec.name.empty() ? spec.idempotencyKey : spec.name));
    job.set("comment", JsonValue::string(std::string(kCommentPrefix) + spec.idempotencyKey));
    job.set("partition", JsonValue::string(partition));
    job.set("current_working_directory", JsonValue::string(spec.workingDirectory));
    job.set("environment", env);
    job.set("cpus_per_task", JsonValue::number(spec.cpus));
    if (spec.timeLimit > Seconds{0})
        job.set("time_limit", JsonValue::number(static_cast<double>((spec.timeLimit.count() + 59) / 60)));
    if (spec.begin && *spec.begin > now)
        job.set("begin_time", JsonValue::string("now+" + std::to_string((*spec.begin - now).count())));
    JsonValue body = JsonValue::object();
    // The command is a word of the script, never spliced into the JSON by hand.
    body.set("script", JsonValue::string("#!/bin/sh\n" + spec.command + "\n"));
    body.set("job", job);
    return body.dump();
}

SlurmRestClient::SlurmRestClient(SlurmRestConfig config, QObject* parent)
    : QObject(parent), m_config(std::move(config))
{
    m_nam.setTransferTimeout(m_config.timeoutMs);
}

QNetworkRequest SlurmRestClient::request(const QString& path) const
{
    QUrl url = m_config.baseUrl;
    url.setPath(path);
    QNetworkRequest r(url);
    r.setRawHeader("X-SLURM-USER-NAME", m_config.userName);
    r.setRawHeader("X-SLURM-USER-TOKEN", m_config.token);
    r.setRawHeader("Accept", "application/json");
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_config.caBundle.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_config.caBundle));
        r.setSslConfiguration(tls);
    }
    return r;
}

QFuture<Result<QStringList>> SlurmRestClient::versions()
{
    auto promise = std::make_shared<QPromise<Result<QStringList>>>();
    promise->start();
    HttpExchange::send(m_nam, request(QStringLiteral("/openapi")), "GET", {}, this, [promise](const HttpAnswer& a) {
        Result<QStringList> result = statusFrom(a, "read the OpenAPI document");
        if (a.status == 200) {
            Result<JsonValue> doc = parseJson(bodyView(a.body), "openapi");
            if (!doc.ok()) {
                result = doc.status();
            } else {
                std::set<std::string> found;
                for (const auto& [path, value] : doc->get("paths").members()) {
                    (void)value;
                    if (path.rfind("/slurm/v", 0) == 0)
                        found.insert(path.substr(7, path.find('/', 7) - 7));
                }
                QStringList list;
                for (const std::string& v : found)
                    list << QString::fromStdString(v);
                result = list;
            }
        }
        promise->addResult(result);
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<std::vector<ClusterJob>>> SlurmRestClient::jobs()
{
    auto promise = std::make_shared<QPromise<Result<std::vector<ClusterJob>>>>();
    promise->start();
    HttpExchange::send(m_nam, request(QStringLiteral("/slurm/%1/jobs").arg(m_config.version)), "GET", {}, this,
                       [promise](const HttpAnswer& a) {
        promise->addResult(a.status == 200 ? parseSqueueJson(bodyView(a.body), "slurmrestd jobs")
                                           : Result<std::vector<ClusterJob>>(statusFrom(a, "list jobs")));
        promise->finish();
    });
    return promise->future();
}

void SlurmRestClient::withJob(const std::string& key, std::function<void(Result<std::optional<ClusterJob>>)> act)
{
    const std::string comment = std::string(kCommentPrefix) + key;
    const std::string partition = m_config.partition.toStdString();
    HttpExchange::send(m_nam, request(QStringLiteral("/slurm/%1/jobs").arg(m_config.version)), "GET", {}, this,
                       [act = std::move(act), comment, partition](const HttpAnswer& a) {
        if (a.status != 200) {
            act(statusFrom(a, "list jobs"));
            return;
        }
        Result<std::vector<ClusterJob>> all = parseSqueueJson(bodyView(a.body), "slurmrestd jobs");
        if (!all.ok()) {
            act(all.status());
            return;
        }
        std::optional<ClusterJob> found;
        for (const ClusterJob& j : all.value())
            if (j.comment == comment && j.partition == partition && j.state != ClusterJobState::Cancelled
                && j.state != ClusterJobState::Failed)
                found = j;
        act(found);
    });
}

void SlurmRestClient::sendChange(const QByteArray& method, const QString& path, const QByteArray& body,
                                 std::shared_ptr<QPromise<DispatchOutcome>> promise, std::string jobId,
                                 std::string detail)
{
    if (m_config.dryRun) {
        m_dryRun << QStringLiteral("%1 %2%3 %4").arg(QString::fromLatin1(method), m_config.baseUrl.toString(), path,
                                                     QString::fromUtf8(body));
        promise->addResult(DispatchOutcome{Status::ok(), jobId, false, "dry run: " + detail});
        promise->finish();
        return;
    }
    HttpExchange::send(m_nam, request(path), method, body, this,
                       [promise, jobId, detail](const HttpAnswer& a) {
        DispatchOutcome o;
        if (a.status == 200) {
            o.jobId = jobId;
            o.detail = detail;
            if (Result<JsonValue> doc = parseJson(bodyView(a.body), "reply"); doc.ok() && doc->get("job_id").isNumber())
                o.jobId = std::to_string(static_cast<long long>(doc->get("job_id").asNumber()));
            if (Result<JsonValue> doc = parseJson(bodyView(a.body), "reply"); doc.ok() && !doc->get("errors").items().empty())
                o.status = statusFrom(a, detail);
        } else {
            o.status = statusFrom(a, detail);
            o.detail = o.status.message();
        }
        promise->addResult(o);
        promise->finish();
    });
}

QFuture<DispatchOutcome> SlurmRestClient::submit(const ClusterJobSpec& spec)
{
    if (Status s = validateIdempotencyKey(spec.idempotencyKey); !s.isOk())
        return readyFuture(DispatchOutcome{s, {}, false, {}});
    auto promise = std::make_shared<QPromise<DispatchOutcome>>();
    promise->start();
    withJob(spec.idempotencyKey, [this, promise, spec](Result<std::optional<ClusterJob>> found) {
        if (!found.ok()) {
            promise->addResult(DispatchOutcome{found.status(), {}, false, {}});
            promise->finish();
            return;
        }
        if (found.value()) {
            promise->addResult(DispatchOutcome{Status::ok(), found.value()->id, true,
                                               "already submitted as job " + found.value()->id + " (found by its key)"});
            promise->finish();
            return;
        }
        const QByteArray body = QByteArray::fromStdString(
            slurmRestSubmitBody(spec, m_config.partition.toStdString(), nowUtc()));
        sendChange("POST", QStringLiteral("/slurm/%1/job/submit").arg(m_config.version), body, promise, {},
                   std::string(spec.begin ? "defer" : "submit") + " at " + m_config.partition.toStdString());
    });
    return promise->future();
}

QFuture<DispatchOutcome> SlurmRestClient::hold(const std::string& key)
{
    auto promise = std::make_shared<QPromise<DispatchOutcome>>();
    promise->start();
    withJob(key, [this, promise, key](Result<std::optional<ClusterJob>> found) {
        if (!found.ok() || !found.value() || !isActive(*found.value())) {
            promise->addResult(DispatchOutcome{found.ok() ? Status(StatusCode::NotFound, "no queued job with key " + key, kSource)
                                                          : found.status(), {}, false, {}});
            promise->finish();
            return;
        }
        const ClusterJob& job = *found.value();
        if (job.state == ClusterJobState::Held) {
            promise->addResult(DispatchOutcome{Status::ok(), job.id, true, "job " + job.id + " is already held"});
            promise->finish();
            return;
        }
        sendChange("POST", QStringLiteral("/slurm/%1/job/%2").arg(m_config.version, QString::fromStdString(job.id)),
                   "{\"hold\":true}", promise, job.id, "hold job " + job.id);
    });
    return promise->future();
}

QFuture<DispatchOutcome> SlurmRestClient::release(const std::string& key)
{
    auto promise = std::make_shared<QPromise<DispatchOutcome>>();
    promise->start();
    withJob(key, [this, promise, key](Result<std::optional<ClusterJob>> found) {
        if (!found.ok() || !found.value()) {
            promise->addResult(DispatchOutcome{found.ok() ? Status(StatusCode::NotFound, "no job with key " + key, kSource)
                                                          : found.status(), {}, false, {}});
            promise->finish();
            return;
        }
        const ClusterJob& job = *found.value();
        if (job.state != ClusterJobState::Held) {
            promise->addResult(DispatchOutcome{Status::ok(), job.id, true, "job " + job.id + " is not held"});
            promise->finish();
            return;
        }
        sendChange("POST", QStringLiteral("/slurm/%1/job/%2").arg(m_config.version, QString::fromStdString(job.id)),
                   "{\"hold\":false}", promise, job.id, "release job " + job.id);
    });
    return promise->future();
}

QFuture<DispatchOutcome> SlurmRestClient::cancel(const std::string& key)
{
    auto promise = std::make_shared<QPromise<DispatchOutcome>>();
    promise->start();
    withJob(key, [this, promise, key](Result<std::optional<ClusterJob>> found) {
        if (!found.ok()) {
            promise->addResult(DispatchOutcome{found.status(), {}, false, {}});
            promise->finish();
            return;
        }
        if (!found.value() || !isActive(*found.value())) {
            promise->addResult(DispatchOutcome{Status::ok(), {}, true, "no queued or running job with key " + key});
            promise->finish();
            return;
        }
        const std::string id = found.value()->id;
        sendChange("DELETE", QStringLiteral("/slurm/%1/job/%2").arg(m_config.version, QString::fromStdString(id)), {},
                   promise, id, "cancel job " + id);
    });
    return promise->future();
}

} // namespace greenlight
