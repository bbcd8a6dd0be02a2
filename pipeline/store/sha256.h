// Sha256Hex: the SHA-256 digest of a document's bytes, which identifies its
// content in the store.
#ifndef PLANROWS_PIPELINE_STORE_SHA256_H_
#define PLANROWS_PIPELINE_STORE_SHA256_H_

#include <string>

namespace planrows {

// The lower-case hex SHA-256 digest of `bytes`.
std::string Sha256Hex(const std::string& bytes);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_STORE_SHA256_H_
