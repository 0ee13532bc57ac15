#include "factaudit/ingest/sha256.hpp"

#include <memory>

#include <openssl/evp.h>

namespace factaudit {

namespace {

/// The SHA-256 implementation, looked up once, and a digest context per thread: a claim id hashes a few
/// hundred bytes, where setting both up for each call would cost more than the hashing.
struct Digester {
  std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> sha256{EVP_MD_fetch(nullptr, "SHA256", nullptr), &EVP_MD_free};
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context{EVP_MD_CTX_new(), &EVP_MD_CTX_free};
};

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  thread_local Digester digester;
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_MD_CTX* context = digester.context.get();
  if (!digester.sha256 || !context || !EVP_DigestInit_ex2(context, digester.sha256.get(), nullptr) ||
      !EVP_DigestUpdate(context, bytes.data(), bytes.size()) || !EVP_DigestFinal_ex(context, digest, &length)) {
    length = 0;  // the one-shot call, as a fallback
    EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  }
  static const char* kHex = "0123456789abcdef";
  std::string out;
  out.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0xF];
  }
  return out;
}

}  // namespace factaudit
