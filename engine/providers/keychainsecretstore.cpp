#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QStandardPaths>

namespace greenlight {

namespace {

const QString kService = QStringLiteral("greenlight");

// No keychain service at all (as opposed to "no entry" or "the user said no").
bool keychainMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString fallbackPath, QObject* parent)
    : SecretStore(parent), m_fallback(new FileSecretStore(std::move(fallbackPath), this))
{
}

QString KeychainSecretStore::backendName() const
{
    return m_useFallback ? tr("%1 — no OS keychain answered").arg(m_fallback->backendName())
                         : tr("OS keychain (service \"greenlight\")");
}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadDone done)
{
    if (m_useFallback) {
        m_fallback->read(key, context, std::move(done));
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, guard, done](QKeychain::Job*) {
        if (guard.isNull())
            return;
        if (job->error() == QKeychain::NoError) {
            done(job->textData());
        } else if (job->error() == QKeychain::EntryNotFound) {
            done(Status(StatusCode::NotFound, "no secret stored", "secrets"));
        } else if (keychainMissing(job->error())) {
            m_useFallback = true;
            m_fallback->read(key, guard.data(), done);
        } else {
            done(Status(StatusCode::FailedPrecondition,
                        "keychain: " + job->errorString().toStdString(), "secrets"));
        }
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QString& secret, QObject* context,
                                WriteDone done)
{
    if (m_useFallback) {
        m_fallback->write(key, secret, context, std::move(done));
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, secret, guard, done](QKeychain::Job*) {
        if (guard.isNull())
            return;
        if (job->error() == QKeychain::NoError) {
            done(Status::ok());
        } else if (keychainMissing(job->error())) {
            m_useFallback = true;
            m_fallback->write(key, secret, guard.data(), done);
        } else {
            done(Status(StatusCode::FailedPrecondition,
                        "keychain: " + job->errorString().toStdString(), "secrets"));
        }
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, QObject* context, WriteDone done)
{
    if (m_useFallback) {
        m_fallback->remove(key, context, std::move(done));
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, guard, done](QKeychain::Job*) {
        if (guard.isNull())
            return;
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            done(Status::ok());
        } else if (keychainMissing(job->error())) {
            m_useFallback = true;
            m_fallback->remove(key, guard.data(), done);
        } else {
            done(Status(StatusCode::FailedPrecondition,
                        "keychain: " + job->errorString().toStdString(), "secrets"));
        }
    });
    job->start();
}

std::unique_ptr<SecretStore> makeSecretStore()
{
    const QString forced = qEnvironmentVariable("GREENLIGHT_SECRETS_FILE");
    if (!forced.isEmpty())
        return std::make_unique<FileSecretStore>(forced);
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/greenlight/secrets.json");
    return std::make_unique<KeychainSecretStore>(fallback);
}

QString maskSecret(const QString& secret)
{
    if (secret.isEmpty())
        return {};
    // Show the last four characters only for long keys, so short passwords reveal nothing.
    const QString tail = secret.size() >= 16 ? secret.right(4) : QString();
    return QString(8, QChar(0x2022)) + tail;
}

} // namespace greenlight
