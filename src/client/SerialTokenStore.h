#pragma once

#include "TokenStore.h"

#include <deque>
#include <functional>
#include <memory>

namespace icc {

// Runs the operations on another TokenStore one after the other, in the
// order they were asked for. Keychains answer when they like: a logout's
// removal that answers late must not overtake the next login's write and
// delete the new token. Answers arriving after this store is gone are
// dropped: its owner (the Session) and the handlers it passed went with it.
class SerialTokenStore final : public TokenStore
{
public:
    explicit SerialTokenStore(TokenStore &inner);
    ~SerialTokenStore() override;
    SerialTokenStore(const SerialTokenStore &) = delete;
    SerialTokenStore &operator=(const SerialTokenStore &) = delete;

    void read(const QString &account, ReadHandler done) override;
    void write(const QString &account, const QString &token, DoneHandler done) override;
    void remove(const QString &account, DoneHandler done) override;
    QString description() const override { return m_inner.description(); }

private:
    // Starts the operation; it calls `finished` once the inner store answered.
    using Operation = std::function<void(std::function<void()> finished)>;
    void enqueue(Operation operation);
    void startNext();
    std::weak_ptr<char> alive() const { return m_alive; }

    TokenStore &m_inner;
    std::deque<Operation> m_waiting;
    bool m_running = false;
    std::shared_ptr<char> m_alive = std::make_shared<char>(0);
};

} // namespace icc
