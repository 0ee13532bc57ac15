#include "factaudit/encode/components.hpp"

#include <algorithm>
#include <map>
#include <numeric>

#include "factaudit/encode/family.hpp"
#include "factaudit/ingest/sha256.hpp"

namespace factaudit {

namespace {

class DisjointSets {
 public:
  std::size_t add(const std::string& key) {
    auto [it, inserted] = ids_.emplace(key, parent_.size());
    if (inserted) parent_.push_back(parent_.size());
    return it->second;
  }
  std::size_t find(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void join(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }
  const std::map<std::string, std::size_t>& ids() const { return ids_; }

 private:
  std::map<std::string, std::size_t> ids_;
  std::vector<std::size_t> parent_;
};

}  // namespace

std::vector<Component> build_components(const ClaimSet& claims, const std::vector<std::size_t>& usable,
                                        const SlotIndex& index, const std::vector<AxiomInstance>& instances) {
  DisjointSets sets;
  std::map<std::size_t, std::size_t> claim_anchor;
  for (std::size_t claim : usable) {
    auto it = index.claim_keys().find(claim);
    std::size_t anchor = sets.add("claim:" + claims.claims[claim].id);
    if (it != index.claim_keys().end()) {
      for (const auto& key : it->second) sets.join(anchor, sets.add(key));
    }
    claim_anchor[claim] = anchor;
  }
  std::vector<std::size_t> instance_anchor(instances.size());
  for (std::size_t i = 0; i < instances.size(); ++i) {
    std::size_t anchor = sets.add(instances[i].keys.front());
    for (const auto& key : instances[i].keys) sets.join(anchor, sets.add(key));
    instance_anchor[i] = anchor;
  }
  std::map<std::size_t, Component> by_root;
  for (std::size_t claim : usable) by_root[sets.find(claim_anchor[claim])].claims.push_back(claim);
  for (std::size_t i = 0; i < instances.size(); ++i) {
    auto it = by_root.find(sets.find(instance_anchor[i]));
    if (it != by_root.end()) it->second.instances.push_back(i);  // instances with no claim are dropped
  }
  for (const auto& [key, id] : sets.ids()) {
    auto it = by_root.find(sets.find(id));
    if (it != by_root.end() && key.rfind("claim:", 0) != 0) it->second.slot_keys.push_back(key);
  }
  std::vector<Component> out;
  for (auto& [root, component] : by_root) {
    std::sort(component.claims.begin(), component.claims.end());
    std::vector<std::string> ids;
    for (std::size_t c : component.claims) ids.push_back(claims.claims[c].id);
    std::sort(ids.begin(), ids.end());
    std::string joined;
    for (const auto& id : ids) joined += id + "\n";
    component.id = "k" + sha256_hex(joined).substr(0, 12);
    out.push_back(std::move(component));
  }
  std::sort(out.begin(), out.end(), [](const Component& a, const Component& b) { return a.claims.front() < b.claims.front(); });
  return out;
}

ClaimGraph build_claim_graph(const ClaimSet& set, const Rulebook& rules, const std::vector<bool>& left_out) {
  ClaimGraph graph;
  std::vector<std::size_t> usable;
  for (std::size_t i = 0; i < set.claims.size(); ++i) {
    if (i >= left_out.size() || !left_out[i]) usable.push_back(i);
  }
  for (std::size_t i : usable) family_of(set.claims[i].kind).index(i, set, rules, graph.index);
  graph.instances = instantiate_axioms(rules, graph.index, set);
  graph.components = build_components(set, usable, graph.index, graph.instances);
  return graph;
}

}  // namespace factaudit
