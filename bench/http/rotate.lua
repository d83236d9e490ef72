-- wrk -s bench/http/rotate.lua URL -- PATHS_FILE
-- Each request takes the next path of PATHS_FILE (one per line), each thread from a different
-- place, so a page cache keyed by URL is missed as often as the file has distinct paths.
local paths = {}
local i = 0

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  i = math.random(#paths)
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
