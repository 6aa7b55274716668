#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class MatcherView;
}

namespace icc {

struct AppContext;
class MatchCandidateModel;

// Which runbook fits an alert: pick a recent alert or paste text, see the
// candidates with their confidence (a percentage and a bar) and risk, why
// the selected one matched (terms, concepts, labels, conditions met and
// failed), the matcher's observations, and the runbook itself rendered from
// its Markdown with the steps the agent may propose from it.
class MatcherView final : public QWidget
{
    Q_OBJECT

public:
    explicit MatcherView(AppContext &context, QWidget *parent = nullptr);
    ~MatcherView() override;

    void reloadAlerts();
    void matchText(const QString &text);
    void matchSelectedAlert();
    void showRunbook(const QString &runbookId);

signals:
    void matched(int candidateCount);
    void matchFailed(const QString &message);
    void runbookShown(const QString &runbookId);

private:
    void requestMatch(const QJsonObject &body, const QString &what);
    void showCandidate(int row);
    void showStatus(const QString &text, bool problem = false);
    void applyPermissions();

    AppContext &m_context;
    std::unique_ptr<Ui::MatcherView> m_ui;
    MatchCandidateModel *m_candidates = nullptr;
    QString m_shownRunbook;
    int m_matchRequest = 0; // only the newest answer is shown
};

} // namespace icc
