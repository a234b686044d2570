print("svoyi-server")
