#include "store/sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace greenlight {

namespace {

EVP_MD_CTX* ctx(void* p) { return static_cast<EVP_MD_CTX*>(p); }

std::string toHex(const unsigned char* bytes, unsigned int size)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex(size * 2u, '0');
    for (unsigned int i = 0; i < size; ++i) {
        hex[2 * i] = kDigits[bytes[i] >> 4];
        hex[2 * i + 1] = kDigits[bytes[i] & 0x0f];
    }
    return hex;
}

} // namespace

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    if (m_context == nullptr || EVP_DigestInit_ex(ctx(m_context), EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("OpenSSL cannot initialise SHA-256");
}

Sha256::~Sha256() { EVP_MD_CTX_free(ctx(m_context)); }

void Sha256::update(std::string_view data)
{
    EVP_DigestUpdate(ctx(m_context), data.data(), data.size());
}

std::string Sha256::finishHex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_DigestFinal_ex(ctx(m_context), digest, &size);
    EVP_DigestInit_ex(ctx(m_context), EVP_sha256(), nullptr);
    return toHex(digest, size);
}

std::string sha256Hex(std::string_view data)
{
    Sha256 hash;
    hash.update(data);
    return hash.finishHex();
}

} // namespace greenlight
