// SHA-256 (FIPS 180-4) through OpenSSL's libcrypto, as lower-case hex. Used for the audit chain
// and fleet snapshot fingerprints.
//
//   std::string h = sha256Hex("abc");  // "ba7816bf…"
#pragma once

#include <string>
#include <string_view>

namespace greenlight {

std::string sha256Hex(std::string_view data);

class Sha256 {
public:
    Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    ~Sha256();

    void update(std::string_view data);
    std::string finishHex(); // resets for the next message

private:
    void* m_context; // EVP_MD_CTX, kept opaque so callers need no OpenSSL headers
};

} // namespace greenlight
