// A matcher reads a Document and proposes edits for a group of rules of one kind in one
// stage. It never writes the text and never checks protected spans: the engine does both.
#pragma once

#include <string>
#include <vector>

#include "copydesk/copydesk.hpp"
#include "document.hpp"
#include "edit.hpp"

namespace copydesk {

// Collects what matchers propose during one stage pass.
class EditSink {
 public:
  struct Proposal {
    Edit edit;
    bool suggest_only = false;  // the matcher itself is unsure (a mixed-case word)
  };

  // `only_rule`, when set, drops every proposal from other rules (for running one rule's
  // examples through a shared pipeline).
  explicit EditSink(const std::string* only_rule = nullptr) : only_rule_(only_rule) {}

  // False for a rule whose proposals this sink drops (it runs another rule's examples).
  bool accepts(const std::string& rule) const {
    return only_rule_ == nullptr || rule == *only_rule_;
  }
  void propose(Edit edit) { add(std::move(edit), false); }
  void suggest(Edit edit) { add(std::move(edit), true); }
  std::vector<Proposal>& proposals() { return proposals_; }

 private:
  void add(Edit edit, bool suggest_only) {
    if (only_rule_ != nullptr && edit.rule != *only_rule_) return;
    proposals_.push_back({std::move(edit), suggest_only});
  }
  const std::string* only_rule_;
  std::vector<Proposal> proposals_;
};

class Matcher {
 public:
  virtual ~Matcher() = default;
  virtual void propose(const Document& document, EditSink& sink) const = 0;
};

}  // namespace copydesk
