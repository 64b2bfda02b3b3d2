// The WebSocket protocol as pure functions: commands (encode), frames (decode), merge (snapshot + partial).
export {}
