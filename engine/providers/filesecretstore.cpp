#include "filesecretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>

namespace greenlight {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Status fileError(const QString& what)
{
    return Status(StatusCode::FailedPrecondition, what.toStdString(), "secrets");
}

} // namespace

FileSecretStore::FileSecretStore(QString path, QObject* parent)
    : SecretStore(parent), m_path(std::move(path))
{
}

QString FileSecretStore::backendName() const
{
    return tr("file %1 (readable only by you)").arg(m_path);
}

Result<QString> FileSecretStore::readNow(const QString& key) const
{
    QFile file(m_path);
    if (!file.exists())
        return Status(StatusCode::NotFound, "no secret stored", "secrets");
    const QFileDevice::Permissions perms = file.permissions();
    if (perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                 | QFileDevice::WriteOther)) {
        return fileError(QStringLiteral("%1 is readable by other users; run chmod 600 on it").arg(m_path));
    }
    if (!file.open(QIODevice::ReadOnly))
        return fileError(QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return Status(StatusCode::DataLoss, m_path.toStdString() + " is not a JSON object", "secrets");
    const QJsonValue value = doc.object().value(key);
    if (!value.isString() || value.toString().isEmpty())
        return Status(StatusCode::NotFound, "no secret stored", "secrets");
    return value.toString();
}

Status FileSecretStore::writeNow(const QString& key, const QString& secret)
{
    QJsonObject all;
    QFile existing(m_path);
    if (existing.exists() && existing.open(QIODevice::ReadOnly))
        all = QJsonDocument::fromJson(existing.readAll()).object();
    existing.close();
    if (secret.isEmpty())
        all.remove(key);
    else
        all.insert(key, secret);

    const QFileInfo info(m_path);
    QDir dir = info.absoluteDir();
    if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
        return fileError(QStringLiteral("cannot create %1").arg(dir.path()));
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner);
    // Written beside the file and renamed over it, with 0600 before any byte is written.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString()));
    file.setPermissions(kOwnerOnly);
    file.write(QJsonDocument(all).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fileError(QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString()));
    QFile::setPermissions(m_path, kOwnerOnly);
    return Status::ok();
}

Status FileSecretStore::removeNow(const QString& key)
{
    if (!QFile::exists(m_path))
        return Status::ok();
    return writeNow(key, QString());
}

void FileSecretStore::read(const QString& key, QObject* context, ReadDone done)
{
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [this, key, guard, done = std::move(done)] {
        if (!guard.isNull())
            done(readNow(key));
    });
}

void FileSecretStore::write(const QString& key, const QString& secret, QObject* context, WriteDone done)
{
    const Status status = writeNow(key, secret);
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [status, guard, done = std::move(done)] {
        if (!guard.isNull())
            done(status);
    });
}

void FileSecretStore::remove(const QString& key, QObject* context, WriteDone done)
{
    const Status status = removeNow(key);
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [status, guard, done = std::move(done)] {
        if (!guard.isNull())
            done(status);
    });
}

} // namespace greenlight
