#pragma once

#include "Friction.h"
#include "HitlTypes.h"
#include "PolicyDecision.h"
#include "PolicyDocument.h"
#include "PolicyInput.h"
#include "ValidationError.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace icc {

struct PolicyLoadResult;

// The escalation policy as code: a versioned, approved YAML document
// (resources/policy/default.yaml documents the schema) and the evaluator that
// turns one proposed step into a PolicyDecision.
//
// Every rule can only lower the autonomy level (more human involvement): the
// decision's level is the minimum over all rules that fired, and each rule
// that fired is listed as a reason with its rule id and the numbers. Two rules
// are hard-coded and hold whatever a document says: critical risk never
// proceeds autonomously, and a regulated step is supervised with a tier-3
// review. A policy is only obtainable through fromYaml/fromFile, so every
// instance has passed validation.
class EscalationPolicy final
{
public:
    // Loading never throws: either a policy or every error found.
    static PolicyLoadResult fromYaml(const QString &text, const QString &fileName);
    static PolicyLoadResult fromFile(const QString &path);

    PolicyDecision evaluate(const PolicyInput &input) const;

    // metadata
    QString version() const { return m_doc.version; }
    QString description() const { return m_doc.description; }
    QStringList approvedBy() const { return m_doc.approvedBy; }
    QDate approvedOn() const { return m_doc.approvedOn; }
    QDate reviewBy() const { return m_doc.reviewBy; }
    QString sourceFile() const { return m_doc.sourceFile; }
    // Past review_by the policy itself is stale: no level-4 autonomy until re-approved.
    bool isReviewOverdue(const QDateTime &now) const;

    // autonomy
    int requalificationDays() const { return m_doc.requalificationDays; }
    bool conditionalAutonomyEnabled() const { return m_doc.conditionalEnabled; }
    int conditionalAbortWindowSeconds() const { return m_doc.conditionalAbortWindowSeconds; }
    QList<PolicyCatalogEntry> catalog() const { return m_doc.catalog; }
    std::optional<PolicyCatalogEntry> catalogEntry(const QString &action) const;

    // triggers, risk tiers, error budget
    double proposalMinConfidence() const { return m_doc.proposalMinConfidence; }
    PolicyBlastRadiusLimits blastRadiusLimits() const { return m_doc.blastRadius; }
    int minPatternOccurrences() const { return m_doc.minPatternOccurrences; }
    QStringList regulatoryFrameworks() const { return m_doc.regulatoryFrameworks; }
    PolicyRiskTier riskTier(RiskTier tier) const;
    std::optional<RiskTier> severityFloor(const QString &severity) const;
    PolicyErrorBudget errorBudget() const { return m_doc.errorBudget; }
    PolicyBudgetState budgetState(std::optional<double> remaining) const;

    // review
    int approvalTimeoutSeconds() const { return m_doc.approvalTimeoutSeconds; }
    Friction friction(ReviewTier tier) const;
    QList<PolicyReviewCondition> tier3WhenAny() const { return m_doc.tier3WhenAny; }
    QList<PolicyReviewCondition> tier1WhenAll() const { return m_doc.tier1WhenAll; }

    // A summary for iccctl, the desktop and the audit log.
    QJsonObject toJson() const;

private:
    friend class PolicyLoader;
    explicit EscalationPolicy(PolicyDocument document);

    PolicyDocument m_doc;
};

struct PolicyLoadResult
{
    std::optional<EscalationPolicy> policy;
    QList<ValidationError> errors; // all of them, in document order

    bool ok() const { return policy.has_value() && errors.isEmpty(); }
};

} // namespace icc
