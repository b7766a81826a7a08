#include "approvalrulesfile.h"

#include <fstream>
#include <sstream>

namespace greenlight::cli {

Result<ApprovalRules> readApprovalRulesFile(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    if (!in)
        return Status(StatusCode::NotFound, "cannot read " + path, "approval rules");
    Result<JsonValue> doc = parseJson(text.str(), path);
    if (!doc.ok())
        return doc.status();
    Result<ApprovalRules> rules = parseApprovalRules(doc.value());
    if (!rules.ok())
        return Status(rules.status().code(), path + ": " + rules.status().message(), "approval rules");
    return rules;
}

} // namespace greenlight::cli
