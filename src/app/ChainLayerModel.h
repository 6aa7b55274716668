#pragma once

#include "ChainLayer.h"

#include <QStandardItemModel>

namespace icc {

// One action's chain reconstruction as a tree: a top-level row per layer
// (agent reasoning, policy classification, human review) plus execution and
// outcome, each with "what / value" rows beneath. The view shows each layer
// in its own box by rooting a tree view at layerIndex(). A layer that did not
// take part says so in words ("Missing: ...") instead of staying empty.
class ChainLayerModel final : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Section
    {
        AgentSection,
        PolicySection,
        HumanSection,
        ExecutionSection,
        SectionCount
    };

    explicit ChainLayerModel(QObject *parent = nullptr);

    void setChain(const ChainRecord &chain);
    void clearChain();
    bool hasChain() const { return m_hasChain; }
    const ChainRecord &chain() const { return m_chain; }

    QModelIndex layerIndex(Section layer) const;
    static QString layerTitle(Section layer);
    // Every "what: value" line under the layer, depth first (tests and copy).
    QStringList layerLines(Section layer) const;

    // Shared wording for the view and the export.
    static QString percent(double fraction);
    static QString seconds(std::optional<double> value);

signals:
    // The layer rows were rebuilt (after setChain or clearChain): views
    // rooted at a layer take their new layerIndex().
    void layersRebuilt();

private:
    void fillAgent(QStandardItem *root, const AgentLayer &layer);
    void fillPolicy(QStandardItem *root, const PolicyLayer &layer);
    void fillHuman(QStandardItem *root, const HumanReviewLayer &layer);
    void fillExecution(QStandardItem *root, const ChainRecord &chain);

    ChainRecord m_chain;
    bool m_hasChain = false;
};

} // namespace icc
