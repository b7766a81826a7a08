// Where API keys and passwords live: never in QSettings, never in the database, never in a log.
// Asynchronous, because the OS keychain may ask the user. Implementations: KeychainSecretStore
// (qtkeychain: Secret Service / KWallet, macOS Keychain, Windows Credential Store) and
// FileSecretStore (a 0600 file for machines without a keychain, e.g. headless CI).
//
//   std::unique_ptr<SecretStore> secrets = makeSecretStore();
//   secrets->read("electricitymaps", this, [](const Result<QString>& key) { … });
#pragma once

#include "core/status.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace greenlight {

class SecretStore : public QObject {
    Q_OBJECT
public:
    using ReadDone = std::function<void(const Result<QString>&)>; // NotFound when none stored
    using WriteDone = std::function<void(const Status&)>;

    using QObject::QObject;

    // Where secrets go, in words for the settings dialog ("OS keychain (Secret Service)" …).
    virtual QString backendName() const = 0;
    // Callbacks run on this object's thread, later (never inside the call), and not at all once
    // `context` is gone.
    virtual void read(const QString& key, QObject* context, ReadDone done) = 0;
    virtual void write(const QString& key, const QString& secret, QObject* context, WriteDone done) = 0;
    virtual void remove(const QString& key, QObject* context, WriteDone done) = 0;
};

// $GREENLIGHT_SECRETS_FILE when set (CI); else the OS keychain, falling back to
// <config>/greenlight/secrets.json (0600) when no keychain service answers.
std::unique_ptr<SecretStore> makeSecretStore();

// "••••••••1234" style: enough to recognise a key, not enough to use it.
QString maskSecret(const QString& secret);

} // namespace greenlight
