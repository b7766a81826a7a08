// Secrets in the OS keychain through qtkeychain, service "greenlight". When the keychain is not
// there (no Secret Service or KWallet on the session bus, as on headless machines), every call
// falls back to a FileSecretStore and backendName() says so.
//
//   KeychainSecretStore store(fallbackFilePath);
//   store.read("watttime", this, [](const Result<QString>& password) { … });
#pragma once

#include "providers/filesecretstore.h"

namespace greenlight {

class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString fallbackPath, QObject* parent = nullptr);

    QString backendName() const override;
    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const QString& secret, QObject* context, WriteDone done) override;
    void remove(const QString& key, QObject* context, WriteDone done) override;

    bool usingFallback() const { return m_useFallback; }

private:
    FileSecretStore* m_fallback;
    bool m_useFallback = false; // decided by the first keychain answer
};

} // namespace greenlight
