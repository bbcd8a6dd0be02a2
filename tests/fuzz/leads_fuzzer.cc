// Fuzz target: LeadSplitter on any lead cell, LeadCanonicalizer on each
// lead it finds, as RowFinisher and ValueNormalizer run them, and
// LeadResolver on the entities, as BoardLeads runs it.
#include "pipeline/normalize/lead_resolver.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace planrows;
  std::string cell(reinterpret_cast<const char*>(data), size);
  std::vector<LeadEntity> entities;
  for (const std::string& lead : fuzz::Rules().leads.Split(cell)) {
    if (lead.empty()) fuzz::Fail("an empty lead from: " + cell);
    entities.push_back(fuzz::Normalizer().leads.Canonicalize(lead));
  }
  const LeadResolver resolver(entities);
  for (const LeadEntity& entity : entities) {
    LeadEntity resolved = resolver.Resolve(entity);
    if (resolved.key.empty() != entity.key.empty()) fuzz::Fail("a lead resolved to or from no entity: " + cell);
  }
  return 0;
}
