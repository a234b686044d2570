-- wrk script for the web chat: every request is the next message of one of the sessions opened before the run
-- (a file of tokens, one a line), chosen by what the bot last answered that session. Each wrk thread owns the
-- sessions whose line number modulo the thread count is its id, and keeps more sessions than connections, so a
-- session never has two messages in flight. The mix per session, by its message count n:
--   n % 10 == 9  free text from a rotation of FAQ-like questions ("паспорт", "субсидія", …, and one nonsense)
--   n % 10 == 4  Back (cmd:back)
--   otherwise    a step button of the last reply, round-robin; where there is none (a number question), a number
-- Usage: wrk -s chat.lua http://host:port -- SESSIONS_FILE THREADS
local threads = {}
local counter = 0

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
    table.insert(threads, thread)
end

local texts = { "паспорт", "субсидія", "ФОП", "довідка ВПО", "де ЦНАП", "як отримати закордонний паспорт", "єМалятко",
    "багатодітна сім'я", "ываываыва", "меню" }
local numbers = { "30", "16", "45", "70", "10", "3" }
local ready = {}
local first = 1
local last = 0
local count = {}
local headers = { ["Content-Type"] = "application/json" }
local fallback = nil

local function push(body)
    last = last + 1
    ready[last] = body
end

function init(args)
    local file = assert(io.open(args[1], "r"))
    local total = tonumber(args[2])
    local index = 0
    for line in file:lines() do
        if index % total == id then
            push('{"session":"' .. line .. '","button":"cmd:menu"}')
            count[line] = 0
            fallback = line
        end
        index = index + 1
    end
    file:close()
end

function request()
    local body
    if first <= last then
        body = ready[first]
        ready[first] = nil
        first = first + 1
    else
        -- Every session has a message in flight (more connections than sessions): Main menu for one of them.
        body = '{"session":"' .. fallback .. '","button":"cmd:menu"}'
    end
    return wrk.format("POST", "/api/v1/chat", headers, body)
end

function response(status, headers, body)
    local session = body:match('"session":"([^"]+)"')
    if status ~= 200 or session == nil or count[session] == nil then
        return
    end
    local n = count[session] + 1
    count[session] = n
    local steps = {}
    for payload in body:gmatch('"payload":"(v1:[^"]+)"') do
        steps[#steps + 1] = payload
    end
    local input
    if n % 10 == 9 then
        input = '"text":"' .. texts[math.floor(n / 10) % #texts + 1] .. '"'
    elseif n % 10 == 4 then
        input = '"button":"cmd:back"'
    elseif #steps > 0 then
        input = '"button":"' .. steps[n % #steps + 1] .. '"'
    else
        input = '"text":"' .. numbers[n % #numbers + 1] .. '"'
    end
    push('{"session":"' .. session .. '",' .. input .. '}')
end
