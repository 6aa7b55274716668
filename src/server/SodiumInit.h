#pragma once

namespace icc {

// libsodium must be initialised once before any of its functions is used
// (it picks the fastest implementations and seeds its random generator).
// Safe to call from any thread, any number of times; false if libsodium
// could not start, in which case no secret may be produced.
bool ensureSodiumInitialized();

} // namespace icc
