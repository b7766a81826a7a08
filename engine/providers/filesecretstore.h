// Secrets in a JSON file readable only by its owner (mode 0600, folder 0700), for machines where
// no keychain runs. Refuses to read a file that others can read, like ssh does with keys.
//
//   FileSecretStore store("/home/me/.config/greenlight/secrets.json");
//   store.write("electricitymaps", token, this, [](const Status& s) { … });
#pragma once

#include "providers/secretstore.h"

namespace greenlight {

class FileSecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit FileSecretStore(QString path, QObject* parent = nullptr);

    const QString& path() const { return m_path; }
    QString backendName() const override;
    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const QString& secret, QObject* context, WriteDone done) override;
    void remove(const QString& key, QObject* context, WriteDone done) override;

    // Synchronous forms (small file; used by the async ones and by tests).
    Result<QString> readNow(const QString& key) const;
    Status writeNow(const QString& key, const QString& secret);
    Status removeNow(const QString& key);

private:
    QString m_path;
};

} // namespace greenlight
