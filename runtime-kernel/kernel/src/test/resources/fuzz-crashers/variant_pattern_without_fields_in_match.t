enum Tree{Node(Tree,Tree)}fn sum(t:Tree)->Int{match t{Tree()=>v,Tree::Node()=>sum}}
