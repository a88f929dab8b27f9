import multiprocessing
import sys

from desktop.main import main

if __name__ == "__main__":         # a 'spawn' reading child imports this module too, as __mp_main__
    multiprocessing.freeze_support()   # the frozen build: a child started from the .exe runs its job here
    sys.exit(main())
