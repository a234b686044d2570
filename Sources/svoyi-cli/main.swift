print("svoyi-cli")
