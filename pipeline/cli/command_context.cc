#include "pipeline/cli/command_context.h"

#include <fmt/format.h>

namespace planrows {

std::unique_ptr<Store> CommandContext::OpenStore() const {
  Result<std::unique_ptr<Store>> store = Store::Open(db_path);
  if (!store.ok()) {
    fmt::print(stderr, "planrows: {}: {}\n", db_path, store.status().message());
    return nullptr;
  }
  return std::move(store).value();
}

}  // namespace planrows
