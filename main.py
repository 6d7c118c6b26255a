"""Start the cnnviz window: python main.py"""
import sys

from cnnviz.cli import main

if __name__ == "__main__":
    sys.exit(main(["gui", *sys.argv[1:]]))
