-- wrk script for the HTTP floor: the same client machinery as chat.lua (a Lua request() and response() per
-- message) for GET /bench/plaintext, so the two runs differ only in what the server does.
local headers = {}
local seen = 0

function request()
    return wrk.format("GET", "/bench/plaintext", headers, nil)
end

function response(status, headers, body)
    if status == 200 and body:find("hromada", 1, true) then
        seen = seen + 1
    end
end
